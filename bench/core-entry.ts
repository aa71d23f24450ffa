// B7: the protocol core in Node — parse, validate and decide — against fast-xml-parser's bare
// parse of the same payloads. Built by bench/build.mjs with Vite's SSR build, then imported.
import { XMLParser } from 'fast-xml-parser';
import * as device from '../src/device';
import { encodeUtf8 } from '../src/protocol/http';
import type { PushRequest } from '../src/protocol/types';
import * as service from '../src/service';
import { handleTokenRequest } from '../src/service/wns/token-endpoint';
import { tokenForm, WNS_TOKEN_URL } from '../src/protocol/wns/token';

// The cloud client, for the scenarios' setup (tokens through the page or the relay).
export { createCloud } from '../src/cloud';
export { pageFetch } from '../src/testing/cloud';
// B6's floor page speaks to the relay's socket directly.
export { RELAY_SOCKET_PATH } from '../src/protocol/relay-uri';

const words =
  'the match kicks off at five with rain expected across the north and west later on'.split(' ');
const text = (n: number) => Array.from({ length: n }, (_, i) => words[i % words.length]).join(' ');

/** Typical payloads from 1 to 5 KB: toasts with long texts, several templates. */
export function payloads(): string[] {
  return [900, 1800, 2700, 3600, 4500].map((size, i) => {
    const template = [
      'ToastText02',
      'ToastText04',
      'ToastImageAndText02',
      'ToastText02',
      'ToastImageAndText04',
    ][i]!;
    const image = template.startsWith('ToastImage')
      ? '<image id="1" src="ms-appx:///Assets/news.png" alt="news"/>'
      : '';
    const filler = Math.max(10, Math.floor((size - 300) / 2 / 6));
    return `<?xml version="1.0" encoding="utf-8"?>
<toast launch="article=${i}" duration="short">
  <visual>
    <binding template="${template}">
      ${image}<text id="1">${text(8)}</text>
      <text id="2">${text(filler)}</text>
      <text id="3">${text(filler)}</text>
    </binding>
  </visual>
  <audio src="ms-winsoundevent:Notification.Mail"/>
</toast>`.replace(
      /<text id="3">.*<\/text>/,
      template === 'ToastText04' || template === 'ToastImageAndText04' ? '$&' : '',
    );
  });
}

/** A service with one app, channel and token, and one request per payload. */
export function setup(xmls: string[]) {
  const random = service.seededRandom(1);
  const secret: service.Secret = (bytes) => crypto.getRandomValues(bytes);
  const env: service.Env = { now: 1_700_000_000_000, random, secret };
  let state = service.registerApp(
    service.initialServiceState(),
    'app-1',
    'Contoso News',
    secret,
  ).state;
  const opened = service.openWnsChannel(state, 'app-1', env);
  state = opened.state;
  const app = state.apps['app-1']!;
  const form = tokenForm({ clientId: app.packageSid, clientSecret: app.clientSecret });
  const issued = handleTokenRequest(
    state,
    {
      method: 'POST',
      url: WNS_TOKEN_URL,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: encodeUtf8(form),
    },
    env,
  );
  state = issued.state;
  const token = (JSON.parse(issued.response.body) as { access_token: string }).access_token;
  const requests: PushRequest[] = xmls.map((xml) => ({
    method: 'POST',
    url: opened.channel.uri,
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': 'text/xml',
      'x-wns-type': 'wns/toast',
    },
    body: encodeUtf8(xml),
  }));
  const phone = device.installApp(device.initialDeviceState(), 'app-1', 'Contoso News');
  return {
    /** The core: service decides, the phone parses and validates the payload and shows it. */
    decide(request: PushRequest) {
      const result = service.handleRequest(state, request, env);
      let shown = 0;
      for (const delivery of result.deliveries)
        if (device.outcomeOf(device.receive(phone, delivery, env.now).events).kind === 'shown')
          shown++;
      return shown;
    },
    requests,
  };
}

const bare = new XMLParser();
/** The baseline: fast-xml-parser's bare parse of the same text. */
export const bareParse = (xml: string) => bare.parse(xml) as unknown;
