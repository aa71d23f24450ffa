import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schemeFor } from '../protocol/endpoint';
import { relayUriFor } from '../protocol/relay-uri';
import { handlers } from '../transport/node';
import { createPushAnswer } from '../transport/handlers';
import { routeWorkerMessage } from '../transport/worker-messages';
import { startHeadless, type Headless } from './headless';

// Every channel-URL shape real clients send, through the three hosts at once: the page (the
// message msw's worker posts), msw/node (the handler `tilecast/node` installs) and the relay (a
// real HTTP request to `npx tilecast --headless`, absolute-form as a forward proxy receives it,
// and as a relay URI). One phone answers all three, so any difference is the host's own.

type World = { wns: string; token: string; mpns: string; unthrottled: string; form: string };
type Shape = {
  name: string;
  url: (w: World) => string;
  headers: (w: World) => Record<string, string>;
  body: (w: World) => string;
  /** The status the service gives, or 'none' when no host may answer (not an endpoint). */
  expected: number | 'none';
};

/** What a host did: left the request alone, or answered with this status and service headers. */
type Outcome = 'none' | { status: number; headers: Record<string, string> };

const wnsHeaders = (w: World) => ({
  Authorization: `Bearer ${w.token}`,
  'Content-Type': 'text/xml',
  'X-WNS-Type': 'wns/badge',
});
const mpnsHeaders = () => ({ 'Content-Type': 'text/xml', 'X-WindowsPhone-Target': 'token' });
const badge = () => '<badge value="3"/>';
const tile = () =>
  '<?xml version="1.0" encoding="utf-8"?><wp:Notification xmlns:wp="WPNotification"><wp:Tile><wp:Count>3</wp:Count></wp:Tile></wp:Notification>';
const wnsToken = (w: World) => new URL(w.wns).search;
const mpnsPath = (w: World) => new URL(w.mpns).pathname;
const wns = (name: string, url: Shape['url'], expected: Shape['expected']): Shape => ({
  name,
  url,
  headers: wnsHeaders,
  body: badge,
  expected,
});
const mpns = (name: string, url: Shape['url'], expected: Shape['expected']): Shape => ({
  name,
  url,
  headers: mpnsHeaders,
  body: tile,
  expected,
});

const shapes: Shape[] = [
  wns('WNS channel as issued', (w) => w.wns, 200),
  wns(
    'WNS, host in capitals',
    (w) => w.wns.replace(/^https:\/\/[^/]+/, (h) => h.toUpperCase()),
    200,
  ),
  wns('WNS, explicit :443', (w) => w.wns.replace('.com/', '.com:443/'), 200),
  wns('WNS, 2024 host', (w) => `https://dm3p.notify.windows.com/${wnsToken(w)}`, 200),
  wns('WNS, no slash before ?token', (w) => `https://db5.notify.windows.com${wnsToken(w)}`, 200),
  wns('WNS, unknown token', () => 'https://db5.notify.windows.com/?token=AwYAAAAnone', 404),
  wns(
    'Web Push wns2-…/w/?token=',
    (w) => `https://wns2-by3p.notify.windows.com/w/${wnsToken(w)}`,
    404,
  ),
  wns('WNS over plain http', (w) => w.wns.replace('https:', 'http:'), 'none'),
  wns('WNS on another port', (w) => w.wns.replace('.com/', '.com:8443/'), 'none'),
  wns('WNS under two labels', (w) => w.wns.replace('://', '://a.'), 'none'),
  {
    name: 'token endpoint',
    url: () => 'https://login.live.com/accesstoken.srf',
    headers: () => ({ 'Content-Type': 'application/x-www-form-urlencoded' }),
    body: (w) => w.form,
    expected: 200,
  },
  {
    name: 'another login.live.com page',
    url: () => 'https://login.live.com/oauth20_authorize.srf',
    headers: () => ({}),
    body: () => '',
    expected: 'none',
  },
  mpns('MPNS throttled, as issued (http)', (w) => w.mpns, 200),
  mpns('MPNS throttled over https', (w) => w.mpns.replace('http:', 'https:'), 401),
  mpns(
    'MPNS, other data centre in capitals',
    (w) => `http://DB3.notify.live.net${mpnsPath(w)}`,
    200,
  ),
  mpns('MPNS, explicit :80', (w) => w.mpns.replace('.net/', '.net:80/'), 200),
  mpns('MPNS unthrottled, as issued (https)', (w) => w.unthrottled, 200),
  mpns('MPNS, not a channel path', () => 'http://sn1.notify.live.net/elsewhere', 400),
  mpns('another host', () => 'https://push.example.com/?token=x', 'none'),
];

// Per-request values (ids, dates) and hop or browser artefacts are not the service's answer.
const volatile =
  /^(x-wns-msg-id|x-wns-debug-trace|ms-cv|x-messageid|date|connection|keep-alive|content-length|transfer-encoding|access-control-.*)$/;
const serviceHeaders = (pairs: Iterable<[string, string]>) =>
  Object.fromEntries(
    [...pairs].map(([n, v]) => [n.toLowerCase(), v]).filter(([n]) => !volatile.test(n!)),
  );

let server: Headless;
let world: World;
beforeAll(async () => {
  server = await startHeadless({ port: 0, seed: 11 });
  const phone = server.tilecast;
  const channel = await phone.openChannel({ service: 'wns', app: 'Shapes Weather' });
  const form = new URLSearchParams({
    grant_type: 'client_credentials',
    client_id: channel.credentials!.clientId,
    client_secret: channel.credentials!.clientSecret,
    scope: 'notify.windows.com',
  }).toString();
  const answer = createPushAnswer(server.tilecast.store)({
    method: 'POST',
    url: 'https://login.live.com/accesstoken.srf',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new TextEncoder().encode(form),
  });
  const token = (JSON.parse(answer.body) as { access_token: string }).access_token;
  const mpns = await phone.openChannel({ service: 'mpns', app: 'Shapes Mail' });
  const unthrottled = await phone.openChannel({
    service: 'mpns',
    app: 'Shapes Bank',
    authenticated: true,
  });
  world = { wns: channel.uri, token, mpns: mpns.uri, unthrottled: unthrottled.uri, form };
});
afterAll(() => server.close());

/** The page: the REQUEST message msw's service worker posts for a fetch the page made. */
function viaPage(url: string, headers: Record<string, string>, body: string): Outcome {
  const message = {
    type: 'REQUEST',
    payload: { url, method: 'POST', headers, body: new TextEncoder().encode(body).buffer },
  };
  const route = routeWorkerMessage(message, createPushAnswer(server.tilecast.store));
  if (route.kind !== 'reply' || route.reply.type !== 'MOCK_RESPONSE') return 'none';
  const { status, headers: answered } = route.reply.data;
  return { status, headers: serviceHeaders(Object.entries(answered)) };
}

/** msw/node: the handler `tilecast/node` installs, as msw runs it for an intercepted fetch. */
async function viaNode(url: string, headers: Record<string, string>, body: string) {
  let request: Request;
  try {
    request = new Request(url, { method: 'POST', headers, body });
  } catch {
    return 'none'; // fetch itself refuses the URL: nothing to intercept
  }
  for (const handler of handlers) {
    const result = await handler.run({ request, requestId: 'shape' });
    const response = result?.response;
    if (response) return { status: response.status, headers: serviceHeaders(response.headers) };
  }
  return 'none';
}

/** The relay: raw HTTP to the headless server with `target` as the request target. */
function viaRelay(target: string, headers: Record<string, string>, body: string) {
  const { port } = new URL(server.origin);
  return new Promise<Outcome>((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port, method: 'POST', path: target, headers },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => {
          // The relay's own refusal: it does not pass the request on to any phone.
          if (res.statusCode === 404 && text.startsWith('Tilecast relays only')) resolve('none');
          else
            resolve({
              status: res.statusCode!,
              headers: serviceHeaders(
                Object.entries(res.headers).map(([n, v]) => [n, String(v)] as [string, string]),
              ),
            });
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe('the page, msw/node and the relay give every URL shape the same answer', () => {
  it.each(shapes)('$name', async (shape) => {
    const url = shape.url(world);
    const headers = shape.headers(world);
    const body = shape.body(world);
    const page = viaPage(url, headers, body);
    const node = await viaNode(url, headers, body);
    const relay = await viaRelay(url, headers, body);
    expect(page === 'none' ? 'none' : page.status).toBe(shape.expected);
    expect(node).toEqual(page);
    expect(relay).toEqual(page);
    // As a relay URI too, where the scheme the relay infers is this URL's own.
    const relayUri = relayUriFor(url, server.origin);
    const { protocol, hostname, pathname } = new URL(url);
    if (relayUri && `${schemeFor(hostname, pathname)}:` === protocol) {
      const { pathname: path, search } = new URL(relayUri);
      expect(await viaRelay(path + search, headers, body)).toEqual(page);
    }
  });
});
