import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCloud } from '../cloud';
import { startHeadless, type Headless } from './headless';

/** A back end in any language, as Node's fetch: JSON control calls and relayed pushes. */
let server: Headless;
beforeAll(async () => {
  server = await startHeadless({ port: 0 });
});
afterAll(() => server.close());

const control = (path: string, body?: unknown, init: RequestInit = {}) =>
  fetch(`${server.origin}/_tilecast/${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
    ...init,
  });

type Channel = {
  uri: string;
  relayUri: string;
  tokenUri?: string;
  appId: string;
  credentials?: { clientId: string; clientSecret: string };
};

async function openWnsChannel(app: string): Promise<Channel> {
  const response = await control('channels', { service: 'wns', app });
  expect(response.status).toBe(201);
  return (await response.json()) as Channel;
}

/** A back end's cloud client on this server: tokens from the channel's relay token URI. */
const cloudFor = (channel: Channel) => createCloud(fetch, { tokenUrl: channel.tokenUri });
/** The channel as the back end knows it: its relay URI. */
const relayed = (channel: Channel, service: 'wns' | 'mpns' = 'wns') => ({
  service,
  uri: channel.relayUri,
  credentials: channel.credentials,
});

const toast = (text: string) =>
  `<toast><visual><binding template="ToastText01"><text id="1">${text}</text></binding></visual></toast>`;

describe('npx tilecast --headless', () => {
  it('opens a channel, takes a token, pushes a toast and waits for it, all over HTTP', async () => {
    const channel = await openWnsChannel('Headless Weather');
    expect(channel.relayUri).toMatch(
      new RegExp(`^${server.origin}/relay/[a-z0-9-]+\\.notify\\.windows\\.com/\\?token=`),
    );
    const token = await cloudFor(channel).token(relayed(channel));
    const push = await fetch(channel.relayUri, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${token}`,
        'X-WNS-Type': 'wns/toast',
        'Content-Type': 'text/xml',
      },
      body: toast('Rain at noon'),
    });
    expect(push.status).toBe(200);
    expect(push.headers.get('x-wns-status')).toBe('received');
    expect(push.headers.get('access-control-allow-origin')).toBeNull();

    const waited = await control('wait', {
      kind: 'toast',
      match: { app: 'Headless Weather', text: 'Rain' },
    });
    expect(waited.status).toBe(200);
    expect(await waited.json()).toMatchObject({ app: 'Headless Weather', texts: ['Rain at noon'] });

    const journal = (await (await control('journal')).json()) as { kind: string }[];
    expect(journal.filter((e) => e.kind === 'request').length).toBeGreaterThanOrEqual(2);
    const phone = (await (await control('phone')).json()) as { apps: { name: string }[] };
    expect(phone.apps.map((a) => a.name)).toContain('Headless Weather');
  });

  it('a wait that times out answers 408 naming what did arrive', async () => {
    const response = await control('wait', {
      kind: 'toast',
      match: { text: 'never sent' },
      timeoutMs: 50,
    });
    expect(response.status).toBe(408);
    expect(((await response.json()) as { error: string }).error).toMatch(
      /No toast matching .*never sent.* within 50 ms/,
    );
  });

  it('an MPNS channel takes a raw push once its app runs', async () => {
    const open = await control('channels', { service: 'mpns', app: 'Headless Ledger' });
    expect(open.status).toBe(201);
    const channel = (await open.json()) as Channel;
    expect(channel.relayUri).toContain('/relay/');
    expect(channel.credentials).toBeUndefined();
    const state = await control(`apps/${encodeURIComponent(channel.appId)}/state`, {
      state: 'foreground',
    });
    expect(state.status).toBe(200);
    const push = await cloudFor(channel).raw(relayed(channel, 'mpns'), 'balance=42');
    expect(push.status).toBe(200);
    expect(push.headers['x-notificationstatus']).toBe('Received');
    const raw = await control('wait', { kind: 'raw', match: { app: 'Headless Ledger' } });
    expect(await raw.json()).toMatchObject({ text: 'balance=42' });
  });

  it('moves the virtual clock and the connection state', async () => {
    const before = ((await (await control('clock')).json()) as { now: number }).now;
    const moved = await control('clock', { advanceMs: 60_000 });
    expect(moved.status).toBe(200);
    expect(((await moved.json()) as { now: number }).now).toBeGreaterThanOrEqual(before + 60_000);
    expect((await control('connection', { state: 'disconnected' })).status).toBe(200);
    expect((await control('connection', { state: 'connected' })).status).toBe(200);
  });

  it.each([
    ['an unknown route', 'nope', { method: 'GET' }, 404, /No control route/],
    ['a wrong method', 'journal', { method: 'DELETE' }, 405, /DELETE is not allowed here; use GET/],
    [
      'malformed JSON',
      'channels',
      { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"service":' },
      400,
      /Malformed JSON/,
    ],
    [
      'a body that is not JSON',
      'reset',
      { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: '{}' },
      415,
      /Content-Type: application\/json/,
    ],
    [
      'an unknown service',
      'channels',
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: '{"service":"apns"}',
      },
      400,
      /"service" has the wrong type or value/,
    ],
    [
      'an unknown connection state',
      'connection',
      { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"state":"off"}' },
      400,
      /"state" is one of connected, tempDisconnected/,
    ],
    [
      'a negative clock step',
      'clock',
      { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"advanceMs":-1}' },
      400,
      /advanceMs/,
    ],
    [
      'a web page (Origin)',
      'reset',
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Origin: 'http://evil.test' },
        body: '{}',
      },
      403,
      /not web pages/,
    ],
    [
      'a web page (Sec-Fetch-Site)',
      'journal',
      { method: 'GET', headers: { 'Sec-Fetch-Site': 'cross-site' } },
      403,
      /not web pages/,
    ],
  ])('%s gets a clear JSON error', async (_name, path, init, status, message) => {
    const response = await fetch(`${server.origin}/_tilecast/${path}`, init as RequestInit);
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(((await response.json()) as { error: string }).error).toMatch(message);
  });

  it('a burst of 2,000 pushes, 64 in flight, loses nothing and journals each once', async () => {
    const channel = await openWnsChannel('Headless Burst');
    const cloud = cloudFor(channel);
    await cloud.token(relayed(channel));
    const before = server.tilecast.journal().length;
    const statuses = new Map<number, number>();
    let next = 0;
    const worker = async () => {
      while (next < 2000) {
        const n = next++;
        const response = await cloud.badge(relayed(channel), n % 99);
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      }
    };
    await Promise.all(Array.from({ length: 64 }, worker));
    expect(Object.fromEntries(statuses)).toEqual({ 200: 2000 });
    expect(server.tilecast.journal().length - before).toBe(2000);
  }, 60_000);

  it('anything else gets a 404 that names the two ways in', async () => {
    const response = await fetch(`${server.origin}/`);
    expect(response.status).toBe(404);
    expect(await response.text()).toMatch(/\/relay\/.*\/_tilecast\//s);
  });
});
