import { request as httpRequest } from 'node:http';
import { describe, expect, it } from 'vitest';
import { relayHarness } from './test-harness.ts';

// Issue 19: with one "active phone", a second tab's back end got 400 for its token and 404 for
// its channel (which a real back end reads as "delete this subscription"). Each page now claims
// what its service issued, and the relay routes by that.

const relay = relayHarness(4347);
const { base } = relay;

const wnsA = 'https://db5.notify.windows.com/?token=AwYAAAAa%2fa%3d';
const wnsB = 'https://bn1.notify.windows.com/?token=AwYAAAAb%2bb%3d';
const mpnsB = 'https://sn1.notify.live.net/unthrottledthirdparty/01.00/AQGbbb';
const sidA = 'ms-app://s-1-15-2-111';
const sidB = 'ms-app://s-1-15-2-222';

/** A relay URI for a real channel URI, as the page shows it to back ends. */
const relayUri = (uri: string) => `${base}/relay/${uri.replace(/^https?:\/\//, '')}`;

/** A fake tab that answers every request with its own name. */
const tab = (name: string) =>
  relay.page((request, self) =>
    self.answer({
      id: request.id,
      status: 200,
      statusText: 'OK',
      headers: [['X-Tab', name]],
      body: '',
    }),
  );

const push = async (uri: string) =>
  (await fetch(relayUri(uri), { method: 'POST', body: '<toast/>' })).headers.get('x-tab');

const token = async (clientId: string) =>
  (
    await fetch(`${base}/relay/login.live.com/accesstoken.srf`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId }),
    })
  ).headers.get('x-tab');

describe('the relay routes each request to the tab that owns it', () => {
  it("sends each tab's channel pushes and token requests to that tab, the rest to the active one", async () => {
    const a = await tab('A'); // first to connect: the active phone
    const b = await tab('B');
    await a.claim([wnsA], [sidA]);
    await b.claim([wnsB, mpnsB], [sidB]);

    expect(await token(sidB)).toBe('B');
    expect(await push(wnsB)).toBe('B');
    expect(await push(mpnsB)).toBe('B');
    expect(await token(sidA)).toBe('A');
    expect(await push(wnsA)).toBe('A');
    // Nobody's: the active tab answers it, as WNS would (404 / 400 invalid_client).
    expect(await push('https://db5.notify.windows.com/?token=nobody')).toBe('A');
    expect(await token('ms-app://s-1-15-2-999')).toBe('A');
  });

  it('finds the owner whatever the spelling: host case, data centre, escapes', async () => {
    await tab('A');
    const b = await tab('B');
    await b.claim([wnsB]);
    const respelt = wnsB.replace('bn1.notify', 'DB3.Notify').replace('%2b', '%2B');
    expect(await push(respelt)).toBe('B');
    // The same channel as a forward proxy receives it (an absolute-form target).
    const viaProxy = (path: string) =>
      new Promise<{ status?: number; tab: unknown }>((resolve, reject) => {
        const req = httpRequest(
          { host: '127.0.0.1', port: relay.port, method: 'POST', path },
          (res) => resolve({ status: res.statusCode, tab: res.headers['x-tab'] }),
        );
        req.on('error', reject);
        req.end('<toast/>');
      });
    expect((await viaProxy(respelt)).tab).toBe('B');
    // WNS is HTTPS only: a plain-http WNS URI is no endpoint, for the relay as for the page
    // and Node (protocol/endpoint.ts), so no tab is asked.
    expect(await viaProxy(respelt.replace('https:', 'http:'))).toEqual({
      status: 404,
      tab: undefined,
    });
  });

  it('acknowledges each claims message with its seq and what it holds', async () => {
    await tab('A');
    const b = await tab('B');
    const status = await b.claim([wnsB, mpnsB, 'not a channel'], [sidB]);
    expect(status).toEqual({
      type: 'status',
      active: false,
      pages: 2,
      claims: { seq: 1, channels: 2, clients: 1 },
    });
  });

  it('forgets what a tab no longer claims, and everything of a tab that left', async () => {
    await tab('A');
    const b = await tab('B');
    const c = await tab('C');
    await b.claim([wnsB], [sidB]);
    await c.claim([mpnsB]);
    expect(await push(wnsB)).toBe('B');

    await b.claim([], [sidB]); // the app closed its channel
    expect(await push(wnsB)).toBe('A');
    expect(await token(sidB)).toBe('B');

    await relay.close(c);
    expect(await push(mpnsB)).toBe('A');
  });

  it('keeps the last good claims when a malformed claims message arrives', async () => {
    await tab('A');
    const b = await tab('B');
    await b.claim([wnsB]);
    b.socket.send(JSON.stringify({ type: 'claims', seq: 2, channels: 'everything', clients: [] }));
    // Messages on one socket arrive in order: once this claim is acknowledged, the bad one was seen.
    await b.claim([wnsB, mpnsB]);
    expect(await push(wnsB)).toBe('B');
    expect(await push(mpnsB)).toBe('B');
  });

  it('an owner answers its own requests even when another tab took the active role', async () => {
    const a = await tab('A');
    const b = await tab('B');
    await a.claim([wnsA], [sidA]);
    await b.claim([wnsB], [sidB]);
    b.activate();
    await b.nextStatus();
    expect(await push(wnsA)).toBe('A');
    expect(await token(sidA)).toBe('A');
    expect(await push('https://db5.notify.windows.com/?token=nobody')).toBe('B');
  });

  it('any number of tabs share one relay: 8 tabs, 10 pushes each at once, each to its owner', async () => {
    const names = Array.from({ length: 8 }, (_, i) => `T${i}`);
    const channels = names.map((_, i) => `https://db5.notify.windows.com/?token=AwYAAAA${i}`);
    const tabs = [];
    for (const name of names) tabs.push(await tab(name));
    await Promise.all(tabs.map((t, i) => t.claim([channels[i]!], [`ms-app://s-1-15-2-${i}`])));

    const jobs = names.flatMap((name, i) =>
      Array.from({ length: 10 }, () => push(channels[i]!).then((answeredBy) => [name, answeredBy])),
    );
    const answers = await Promise.all(jobs);
    expect(answers.every(([name, answeredBy]) => name === answeredBy)).toBe(true);
    expect(tabs.map((t) => t.requests.length)).toEqual(names.map(() => 10));
  });
});
