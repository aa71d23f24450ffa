import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { connectFakePage, type FakePage } from './fake-page.ts';
import { exchange } from './raw-client.ts';
import { SECURITY_HEADERS, WORKER_CONTENT_SECURITY_POLICY } from './security-headers.ts';
import { startServer, type ServerKind, type ServerUnderTest } from './servers-under-test.ts';

// Issue 23: a web page in any tab could push through the relay (a `no-cors` text/plain POST
// needs no preflight), and under Vite a preflight from any localhost origin was answered with
// Access-Control-Allow-Origin. Back ends send neither Origin nor Sec-Fetch-Site; the emulator's
// own page sends its own origin. Everything else is refused before it reaches the page.

const kinds: ServerKind[] = ['standalone', 'vite preview', 'vite dev'];
const channelPath = '/relay/db5.notify.windows.com/?token=T';

describe.each(kinds)('who may push through the %s relay', (kind) => {
  let server: ServerUnderTest;
  let page: FakePage;
  let own: string;
  const post = (headers: Record<string, string>, method = 'POST') =>
    // A preflight has no body (and Node would send an OPTIONS body without framing).
    exchange(server.port, {
      method,
      path: channelPath,
      headers,
      body: method === 'OPTIONS' ? undefined : '<toast/>',
    });

  beforeAll(async () => {
    server = await startServer(kind);
    own = `http://127.0.0.1:${server.port}`;
  }, 30_000);
  afterAll(() => server.close());
  beforeEach(async () => {
    page = await connectFakePage(server.port, (request, self) =>
      self.answer({ id: request.id, status: 200, statusText: 'OK', headers: [], body: '' }),
    );
  });
  afterEach(() => page.close());

  it.each<[string, Record<string, string>]>([
    ['another site', { Origin: 'http://evil.example' }],
    ['another local port', { Origin: 'http://localhost:5173' }],
    ['an opaque origin (sandboxed frame, file:)', { Origin: 'null' }],
    [
      "a no-cors text/plain POST, as Chromium sends it from another port's page",
      {
        Origin: 'http://127.0.0.1:9',
        'Sec-Fetch-Site': 'same-site',
        'Sec-Fetch-Mode': 'no-cors',
        'Content-Type': 'text/plain;charset=UTF-8',
      },
    ],
    ['a cross-site GET that carries no Origin', { 'Sec-Fetch-Site': 'cross-site' }],
  ])('refuses %s with 403, before the page sees it', async (_, headers) => {
    const answer = await post(headers);
    expect(answer.status).toBe(403);
    expect(answer.text).toContain("Tilecast's relay refused a request from");
    expect(page.requests).toEqual([]);
  });

  it("gives another origin's preflight no Access-Control-Allow-Origin", async () => {
    const answer = await post(
      {
        Origin: 'http://localhost:5173',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'x-wns-type',
      },
      'OPTIONS',
    );
    expect(answer.status).toBe(403);
    expect(answer.headers['access-control-allow-origin']).toBeUndefined();
    expect(page.requests).toEqual([]);
  });

  it('refuses a relayed request whose Host is a rebound name', async () => {
    const answer = await post({ Host: `evil.example:${server.port}` });
    expect(answer.status).toBe(403);
    expect(answer.text).toContain('Blocked host');
    expect(page.requests).toEqual([]);
  });

  it('relays back ends, the user, and the emulator page itself, naming the page', async () => {
    expect((await post({})).status).toBe(200);
    expect((await post({ 'Sec-Fetch-Site': 'none' })).status).toBe(200);
    expect((await post({ Origin: own, 'Sec-Fetch-Site': 'same-origin' })).status).toBe(200);
    expect(page.requests.map((r) => r.origin)).toEqual([undefined, undefined, own]);
  });
});

describe.each<ServerKind>(['standalone', 'vite preview'])('the %s app', (kind) => {
  let server: ServerUnderTest;
  beforeAll(async () => {
    server = await startServer(kind);
  }, 30_000);
  afterAll(() => server.close());

  it('is served with the shared security headers (CSP with frame-ancestors, nosniff…)', async () => {
    const answer = await exchange(server.port, { path: '/' });
    expect(answer.status).toBe(200);
    for (const [name, value] of Object.entries(SECURITY_HEADERS))
      expect(answer.headers[name.toLowerCase()], name).toBe(value);
    expect(SECURITY_HEADERS['Content-Security-Policy']).toContain("frame-ancestors 'none'");
  });

  it("serves msw's worker with a policy that lets it fetch the remote images the page shows", async () => {
    const answer = await exchange(server.port, { path: '/mockServiceWorker.js' });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-security-policy']).toBe(WORKER_CONTENT_SECURITY_POLICY);
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
  });

  it.each(['evil.example', 'attacker.test:80'])('refuses Host %s (DNS rebinding)', async (host) => {
    const answer = await exchange(server.port, { path: '/', headers: { Host: host } });
    expect(answer.status).toBe(403);
    expect(answer.text).toMatch(/Blocked/);
  });

  it.each(['localhost', 'tilecast.localhost', '127.0.0.1', '[::1]'])(
    'answers Host %s',
    async (name) => {
      const answer = await exchange(server.port, {
        path: '/',
        headers: { Host: `${name}:${server.port}` },
      });
      expect(answer.status).toBe(200);
    },
  );
});
