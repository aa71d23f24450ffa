import { describe, expect, it } from 'vitest';
import { WNS_CHANNEL_LIFETIME_MS } from './channels';
import { handleWnsNotification } from './notify';
import { setWnsSettings } from './settings';
import { post, toastXml, world } from './test-world';
import type { PhoneConnection, ServiceState } from '../state';

const DAY = 24 * 3600 * 1000;

type Case = {
  name: string;
  status: number;
  method?: string;
  url?: (w: ReturnType<typeof world>) => string;
  headers?: (w: ReturnType<typeof world>) => Record<string, string>;
  body?: string;
  later?: number;
  /** Changes the service before the request: a setting, or the phone going offline. */
  prepare?: (state: ServiceState) => ServiceState;
  /** The phone's connection, an input the device owns (default connected). */
  connection?: PhoneConnection;
  delivered?: number;
  expectHeaders?: Record<string, string | RegExp>;
};

const good = (w: ReturnType<typeof world>) => ({
  authorization: `Bearer ${w.tokens.app1}`,
  'content-type': 'text/xml',
  'x-wns-type': 'wns/toast',
});

// One row per status code of SPEC §2.5, with the headers of §2.4. [S15, S16, S19, S38, S39]
const cases: Case[] = [
  {
    name: '200 received, both status header names [S15, S38]',
    status: 200,
    expectHeaders: {
      'X-WNS-Status': 'received',
      'X-WNS-NotificationStatus': 'received',
      'X-WNS-Msg-ID': /^[0-9A-F]{16}$/,
      'X-WNS-Debug-Trace': /^[A-Z0-9]+WNS\d+$/,
    },
  },
  {
    name: '200 with RequestForStatus adds the device status [S15]',
    status: 200,
    headers: (w) => ({ ...good(w), 'x-wns-requestforstatus': 'true' }),
    expectHeaders: { 'X-WNS-DeviceConnectionStatus': 'connected' },
  },
  {
    name: '200 echoes MS-CV [S15]',
    status: 200,
    headers: (w) => ({ ...good(w), 'ms-cv': 'cv123.4' }),
    expectHeaders: { 'MS-CV': 'cv123.4' },
  },
  {
    name: '200 for mismatched XML: WNS never looks inside [S17, S19]',
    status: 200,
    body: '<tile/>',
  },
  {
    name: '400 Content-Type for raw [S39]',
    status: 400,
    headers: (w) => ({ ...good(w), 'x-wns-type': 'wns/raw' }),
    expectHeaders: { 'X-WNS-Error-Description': 'Content-Type should be application/octet-stream' },
  },
  {
    name: '400 tag over 16 characters (§0)',
    status: 400,
    headers: (w) => ({ ...good(w), 'x-wns-tag': 'x'.repeat(17) }),
  },
  {
    name: '401 no Authorization [S15]',
    status: 401,
    headers: (w) => ({ ...good(w), authorization: '' }),
    expectHeaders: { 'WWW-Authenticate': 'Bearer' },
  },
  {
    name: '401 unknown token (§0)',
    status: 401,
    headers: (w) => ({ ...good(w), authorization: 'Bearer EgAnotissued' }),
    expectHeaders: { 'WWW-Authenticate': /Invalid token/ },
  },
  {
    name: '401 expired token after 24 h (§0)',
    status: 401,
    later: DAY,
    expectHeaders: { 'WWW-Authenticate': /Token has expired/ },
  },
  {
    name: "403 another app's token [S16, S39]",
    status: 403,
    headers: (w) => ({ ...good(w), authorization: `Bearer ${w.tokens.app2}` }),
    expectHeaders: {
      'X-WNS-Error-Description': 'Channel URL incompatible with caller app',
      'X-WNS-Status': 'dropped',
    },
  },
  {
    name: '404 unknown channel token [S16, S19]',
    status: 404,
    url: () => 'https://db5.notify.windows.com/?token=AwYAAAAnope',
  },
  {
    name: '404 channel URI without token [S16]',
    status: 404,
    url: () => 'https://db5.notify.windows.com/',
  },
  { name: '405 GET [S15]', status: 405, method: 'GET' },
  { name: '405 PUT [S15]', status: 405, method: 'PUT' },
  { name: '410 channel past its 30 days [S16, S19]', status: 410, later: WNS_CHANNEL_LIFETIME_MS },
  {
    name: '413 body over 5000 bytes [S15]',
    status: 413,
    body: `<toast>${'x'.repeat(5000)}</toast>`,
  },
  {
    name: '406 channelthrottled past the per-channel rate, with Retry-After (§0) [S15]',
    status: 406,
    prepare: (s) => setWnsSettings(s, { channelRatePerMinute: 0 }),
    expectHeaders: {
      'X-WNS-Status': 'channelthrottled',
      'X-WNS-NotificationStatus': 'channelthrottled',
      'Retry-After': /^\d+$/,
    },
  },
  {
    name: '500 under the "service fault" setting (§0) [S15]',
    status: 500,
    prepare: (s) => setWnsSettings(s, { fault: 500 }),
  },
  {
    name: '503 under the "service fault" setting, with Retry-After [S15, S38]',
    status: 503,
    prepare: (s) => setWnsSettings(s, { fault: 503 }),
    expectHeaders: { 'Retry-After': '120' },
  },
  {
    name: '200 DELETE with X-WNS-Match: a command for Action Center [S15]',
    status: 200,
    method: 'DELETE',
    headers: (w) => ({
      authorization: `Bearer ${w.tokens.app1}`,
      'x-wns-match': 'type:wns/toast;group=news',
    }),
    expectHeaders: { 'X-WNS-Status': 'received' },
  },
  {
    name: '400 DELETE without X-WNS-Match [S15]',
    status: 400,
    method: 'DELETE',
    headers: (w) => ({ authorization: `Bearer ${w.tokens.app1}` }),
  },
  {
    name: '401 DELETE with an expired token, like POST [S15]',
    status: 401,
    method: 'DELETE',
    later: DAY,
    headers: (w) => ({
      authorization: `Bearer ${w.tokens.app1}`,
      'x-wns-match': 'type:wns/toast;all',
    }),
  },
  {
    name: '200 dropped: a toast while the phone is offline is never cached [S15]',
    status: 200,
    delivered: 0,
    connection: 'disconnected',
    headers: (w) => ({ ...good(w), 'x-wns-requestforstatus': 'true' }),
    expectHeaders: { 'X-WNS-Status': 'dropped', 'X-WNS-DeviceConnectionStatus': 'disconnected' },
  },
];

describe('WNS notification endpoint', () => {
  it.each(cases)('$name', (c) => {
    const w = world();
    const url = c.url?.(w) ?? w.channel.uri;
    const headers = c.headers?.(w) ?? good(w);
    const env = { ...w.env, now: w.env.now + (c.later ?? 0), connection: c.connection };
    const state = c.prepare?.(w.state) ?? w.state;
    const result = handleWnsNotification(
      state,
      post(url, headers, c.body ?? toastXml, c.method),
      env,
    );
    expect(result.response.status).toBe(c.status);
    expect(result.deliveries).toHaveLength(c.delivered ?? (c.status === 200 ? 1 : 0));
    expect(result.verdict.summary).not.toBe('');
    for (const [name, value] of Object.entries(c.expectHeaders ?? {})) {
      expect(result.response.headers[name]).toMatch(value);
    }
    if (c.status !== 200) expect(result.verdict.diagnostic?.rule).toBeTruthy();
  });

  it('delivers the body and options to the channel owner', () => {
    const w = world();
    const result = handleWnsNotification(
      w.state,
      post(w.channel.uri, { ...good(w), 'x-wns-tag': 'score' }, toastXml),
      w.env,
    );
    expect(result.deliveries[0]).toMatchObject({
      appId: 'app-1',
      channelUri: w.channel.uri,
      type: 'wns/toast',
      options: { tag: 'score' },
      msgId: result.response.headers['X-WNS-Msg-ID'],
    });
  });

  it('accepts the channel URI with upper-case escapes, as clients may re-encode it', () => {
    const w = world();
    const upper = w.channel.uri.replace(/%[0-9a-f]{2}/g, (e) => e.toUpperCase());
    expect(
      handleWnsNotification(w.state, post(upper, good(w), toastXml), w.env).response.status,
    ).toBe(200);
  });
});
