import { describe, expect, it } from 'vitest';
import { ZERO_MESSAGE_ID } from '../../protocol/mpns/headers';
import { closeAppChannels, handleRequest } from '../index';
import type { PhoneConnection, ServiceState } from '../state';
import { mpnsPost, mpnsWorld, toastHeaders } from './test-world';

type World = ReturnType<typeof mpnsWorld>;

type Row = {
  name: string;
  status: number;
  /** Prepare the service state (quota, settings…). */
  given?: (w: World) => ServiceState;
  /** The phone's connection, an input the device owns (default connected). */
  connection?: PhoneConnection;
  url?: (w: World) => string;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  notification?: string;
  device?: string;
  subscription?: string | null;
  rule?: string;
  delivered?: boolean;
  held?: string;
};

const fillQueue = (w: World, connection: PhoneConnection) => {
  let state = w.state;
  const env = { ...w.env, connection };
  for (let i = 0; i < 30; i++) state = handleRequest(state, mpnsPost(w.channel.uri), env).state;
  return state;
};
const exhaustQuota = (w: World) => ({
  ...w.state,
  mpns: {
    ...w.state.mpns,
    quota: { [w.channel.token]: { day: Math.floor(w.env.now / 86_400_000), count: 500 } },
  },
});

// One row per status/header combination of SPEC §1.4, with §0's decisions. [S28, S2, S3, S4, S25]
const rows: Row[] = [
  {
    name: '200 Received / Connected / Active [S28]',
    status: 200,
    notification: 'Received',
    device: 'Connected',
    subscription: 'Active',
    delivered: true,
  },
  {
    name: '200 Received / TempDisconnected / Active, queued [S28, §0]',
    status: 200,
    connection: 'tempDisconnected',
    notification: 'Received',
    device: 'TempDisconnected',
    subscription: 'Active',
    held: 'queued',
  },
  {
    name: '200 QueueFull / TempDisconnected / Active past 30 (§0) [S28]',
    status: 200,
    given: (w) => fillQueue(w, 'tempDisconnected'),
    connection: 'tempDisconnected',
    notification: 'QueueFull',
    device: 'TempDisconnected',
    subscription: 'Active',
  },
  {
    name: '200 QueueFull / Disconnected past 30 (§0) [S28]',
    status: 200,
    given: (w) => fillQueue(w, 'disconnected'),
    connection: 'disconnected',
    notification: 'QueueFull',
    device: 'Disconnected',
    subscription: 'Active',
  },
  {
    name: '200 Suppressed / Connected / Active: toast to a channel not bound to toasts [S28]',
    status: 200,
    given: (w) => ({
      ...w.state,
      channels: { ...w.state.channels, [w.channel.token]: { ...w.channel, shellToast: false } },
    }),
    notification: 'Suppressed',
    device: 'Connected',
    subscription: 'Active',
    held: 'suppressed',
  },
  {
    name: '200 Suppressed / TempDisconnected / Active [S28]',
    status: 200,
    connection: 'tempDisconnected',
    given: (w) => ({
      ...w.state,
      channels: { ...w.state.channels, [w.channel.token]: { ...w.channel, shellToast: false } },
    }),
    notification: 'Suppressed',
    device: 'TempDisconnected',
    subscription: 'Active',
    held: 'suppressed',
  },
  {
    name: '200 Received for a batched class 12, held [S30]',
    status: 200,
    headers: { ...toastHeaders, 'x-notificationclass': '12' },
    notification: 'Received',
    device: 'Connected',
    subscription: 'Active',
    held: 'batched',
  },
  {
    name: '200 Received for toast XML with target token: the phone drops it (§0)',
    status: 200,
    headers: { ...toastHeaders, 'x-windowsphone-target': 'token' },
    notification: 'Received',
    delivered: true,
  },
  {
    name: '400 bad X-WindowsPhone-Target (§0)',
    status: 400,
    headers: { ...toastHeaders, 'x-windowsphone-target': 'tile' },
    rule: 'mpns.target.invalid',
    notification: undefined,
  },
  {
    name: '400 bad X-NotificationClass (§0)',
    status: 400,
    headers: { ...toastHeaders, 'x-notificationclass': '3' },
    rule: 'mpns.class.invalid',
  },
  {
    name: '400 payload over 3 KB (§0) [S26, S27]',
    status: 400,
    body: 'x'.repeat(3073),
    rule: 'mpns.payload.size',
  },
  {
    name: '400 malformed channel URI [S28]',
    status: 400,
    url: () => 'http://db3.notify.live.net/elsewhere/AQGabc',
    rule: 'mpns.uri',
  },
  {
    name: '401 https on a channel opened unauthenticated (§0)',
    status: 401,
    url: (w) => w.channel.uri.replace('http:', 'https:'),
    rule: 'mpns.auth.notAuthenticated',
  },
  {
    name: '401 an http URI turned into the unthrottled form [S22]',
    status: 401,
    url: (w) => w.channel.uri.replace('http:', 'https:').replace('/throttled', '/unthrottled'),
    rule: 'mpns.auth.notAuthenticated',
  },
  {
    name: '401 authenticated channel reached over plain http [S22]',
    status: 401,
    url: (w) => w.secure.uri.replace('https:', 'http:'),
    rule: 'mpns.auth.uri',
  },
  {
    name: '404 Dropped / Connected / Expired: unknown token [S25]',
    status: 404,
    // A token that was never issued: the channel's own token may hold any base64url character.
    url: (w) => w.channel.uri.replace(/\/[^/]+$/, '/AQGneverIssued'),
    notification: 'Dropped',
    device: 'Connected',
    subscription: 'Expired',
  },
  {
    name: '404 Dropped / TempDisconnected / Expired after uninstall [S25]',
    status: 404,
    given: (w) => closeAppChannels(w.state, 'app-1'),
    connection: 'tempDisconnected',
    notification: 'Dropped',
    device: 'TempDisconnected',
    subscription: 'Expired',
  },
  {
    name: '404 Dropped / Disconnected / Expired after uninstall [S25]',
    status: 404,
    given: (w) => closeAppChannels(w.state, 'app-1'),
    connection: 'disconnected',
    notification: 'Dropped',
    device: 'Disconnected',
    subscription: 'Expired',
  },
  { name: '405 GET [S27, S28]', status: 405, method: 'GET', rule: 'http.method' },
  { name: '405 PUT [S28]', status: 405, method: 'PUT', rule: 'http.method' },
  { name: '405 DELETE [S28]', status: 405, method: 'DELETE', rule: 'http.method' },
  {
    name: '406 Dropped / Connected / Active past 500 a day (§0) [S13]',
    status: 406,
    given: exhaustQuota,
    notification: 'Dropped',
    device: 'Connected',
    subscription: 'Active',
    rule: 'mpns.quota',
  },
  {
    name: '406 Dropped / TempDisconnected / Active [S28]',
    status: 406,
    given: exhaustQuota,
    connection: 'tempDisconnected',
    notification: 'Dropped',
    device: 'TempDisconnected',
    subscription: 'Active',
  },
  {
    name: '412 Dropped / InActive, no subscription status (§0) [S3]',
    status: 412,
    connection: 'inactive',
    notification: 'Dropped',
    device: 'InActive',
    subscription: null,
    rule: 'mpns.device.inactive',
  },
  {
    name: '503 when the service is set unavailable (⚙) [S28]',
    status: 503,
    given: (w) => ({
      ...w.state,
      mpns: { ...w.state.mpns, settings: { ...w.state.mpns.settings, unavailable: true } },
    }),
    rule: 'mpns.unavailable',
  },
];

describe('MPNS answers every row of SPEC §1.4', () => {
  it.each(rows)('$name', (row) => {
    const w = mpnsWorld();
    const state = row.given?.(w) ?? w.state;
    const url = row.url?.(w) ?? w.channel.uri;
    const env = { ...w.env, connection: row.connection };
    const result = handleRequest(state, mpnsPost(url, row.headers, row.body, row.method), env);
    const h = result.response.headers;
    expect(result.response.status).toBe(row.status);
    expect(result.response.body).toBe('');
    expect(result.service).toBe('mpns');
    expect(h['X-MessageID']).toBe(ZERO_MESSAGE_ID);
    expect(h['X-NotificationStatus']).toBe(row.notification);
    if (row.device !== undefined) expect(h['X-DeviceConnectionStatus']).toBe(row.device);
    if (row.subscription === null) expect(h['X-SubscriptionStatus']).toBeUndefined();
    else if (row.subscription !== undefined)
      expect(h['X-SubscriptionStatus']).toBe(row.subscription);
    if (row.rule) expect(result.verdict.diagnostic?.rule).toBe(row.rule);
    expect(result.verdict.summary.length).toBeGreaterThan(10);
    expect(result.deliveries.length).toBe(row.delivered ? 1 : 0);
    expect(result.held?.[0]?.kind).toBe(row.held);
  });
});
