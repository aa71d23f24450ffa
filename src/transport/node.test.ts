import { afterEach, describe, expect, it } from 'vitest';
import { createTilecast, type TilecastNode } from './node';

// The same journey as the browser specs, through real fetch in Node: proof both hosts agree.

const created: TilecastNode[] = [];
const phone = (seed?: number) => {
  const p = createTilecast({ seed });
  created.push(p);
  return p;
};
afterEach(() => {
  while (created.length) created.pop()!.close();
});

async function token(clientId: string, clientSecret: string) {
  const response = await fetch('https://login.live.com/accesstoken.srf', {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: clientId,
      client_secret: clientSecret,
      scope: 'notify.windows.com',
    }),
  });
  return ((await response.json()) as { access_token: string }).access_token;
}

const toast = (title: string) =>
  `<toast><visual><binding template="ToastText01"><text id="1">${title}</text></binding></visual></toast>`;

async function push(
  p: TilecastNode,
  title: string,
  init: { method?: string; auth?: boolean; body?: string } = {},
) {
  const channel = await p.openChannel({ service: 'wns' });
  const headers: Record<string, string> = { 'Content-Type': 'text/xml', 'X-WNS-Type': 'wns/toast' };
  if (init.auth !== false)
    headers.Authorization = `Bearer ${await token(channel.credentials!.clientId, channel.credentials!.clientSecret)}`;
  return fetch(channel.uri, {
    method: init.method ?? 'POST',
    headers,
    body: init.body ?? toast(title),
  });
}

describe('tilecast/node', () => {
  it('answers a real fetch as WNS would and shows the toast on the headless phone', async () => {
    const p = phone();
    const response = await push(p, 'From Node');
    expect(response.status).toBe(200);
    expect(response.headers.get('x-wns-status')).toBe('received');
    expect(response.headers.get('x-wns-msg-id')).toMatch(/^[0-9A-F]{16}$/);
    await expect(p.waitForToast({ text: 'From Node' })).resolves.toMatchObject({
      app: 'Contoso News',
    });
  });

  it('hides the banner when the virtual clock passes its time, as the page does', async () => {
    const p = phone();
    await push(p, 'Brief');
    expect(p.phone().banner?.title).toBe('Brief');
    await p.advanceClock(6_000);
    expect(p.phone().banner?.title).toBe('Brief');
    await p.advanceClock(60_000);
    expect(p.phone().banner).toBeNull();
    // Action Center keeps it: only the banner's lifetime ran out.
    expect(p.phone().actionCenter.map((t) => t.title)).toEqual(['Brief']);
  });

  it.each([
    ['no bearer token', { auth: false }, 401],
    ['wrong method', { method: 'PUT' }, 405],
    ['body over 5000 bytes', { body: toast('x'.repeat(5000)) }, 413],
  ])('gives the same status as the browser for %s', async (_, init, status) => {
    const p = phone();
    expect((await push(p, 't', init)).status).toBe(status);
  });

  it('keeps several phones apart: each answers only its own channels', async () => {
    const a = phone(1);
    const b = phone(2);
    await push(a, 'for A');
    await push(b, 'for B');
    await expect(a.waitForToast({ text: 'for A' })).resolves.toBeTruthy();
    await expect(b.waitForToast({ text: 'for B' })).resolves.toBeTruthy();
    expect(a.phone().banner?.title).toBe('for A');
    expect(b.phone().banner?.title).toBe('for B');
    expect(a.journal().filter((e) => e.kind === 'request')).toHaveLength(2);
  });
});

describe('the relay, seen from a Node phone', () => {
  it('has no relay link: relay() says unavailable, with nothing claimed', () => {
    expect(phone().relay()).toEqual({
      state: 'unavailable',
      active: false,
      pages: 0,
      claims: { channels: [], clients: [] },
    });
  });
});
