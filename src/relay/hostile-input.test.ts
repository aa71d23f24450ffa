import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { RELAY_SOCKET_PATH } from '../protocol/relay-uri.ts';
import type { TunnelRequest, TunnelResponse } from '../protocol/tunnel.ts';
import { connectFakePage, type FakePage } from './fake-page.ts';
import { openRaw, processWatch, rawExchange, statusOf } from './raw-client.ts';
import { startServer, type ServerKind, type ServerUnderTest } from './servers-under-test.ts';

// Issue 23: one request used to end each of the three servers (a rejected promise in a
// `void`-called middleware, or a throw in the upgrade listener). Each vector is sent as raw
// bytes; after it the server must still answer, and the process must have seen no unhandled
// rejection or exception.

const kinds: ServerKind[] = ['standalone', 'vite preview', 'vite dev'];
const channelPath = '/relay/db5.notify.windows.com/?token=T';
const watch = processWatch();

/** A relayed POST as raw bytes, with a body of `length` bytes of which `sent` are sent. */
const relayedPost = (port: number, length: number, sent = length, extra = '') =>
  `POST ${channelPath} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Length: ${length}\r\n` +
  `${extra}Connection: close\r\n\r\n${'x'.repeat(sent)}`;

describe.each(kinds)('the %s server survives hostile input (issue 23)', (kind) => {
  let server: ServerUnderTest;
  let page: FakePage | undefined;
  /** How the fake page answers; each test sets its own. */
  let respond: (request: TunnelRequest, page: FakePage) => void = () => {};
  const get = (path: string, extra = '') =>
    rawExchange(
      server.port,
      `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\n${extra}Connection: close\r\n\r\n`,
    );

  beforeAll(async () => {
    server = await startServer(kind);
  }, 30_000);
  afterAll(() => server.close());
  beforeEach(async () => {
    respond = () => {};
    watch.start();
    page = await connectFakePage(server.port, (request, self) => respond(request, self));
  });
  afterEach(async () => {
    await page?.close();
    watch.stop();
    // Still up: the next caller gets the app, and nothing went unhandled meanwhile.
    expect(statusOf(await get('/'))).toBe(200);
    expect(watch.seen).toEqual([]);
  });

  it('takes `GET //[` with `Upgrade: websocket` without dying', async () => {
    const answer = await get(
      '//[',
      'Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n' +
        'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n',
    );
    // The standalone and preview servers own every upgrade and refuse this one; under
    // `vite dev` any other path is Vite's (its HMR socket).
    if (kind !== 'vite dev') expect(statusOf(answer)).toBe(404);
  });

  it('takes `GET //[` without dying', async () => {
    expect(statusOf(await get('//['))).toBeGreaterThanOrEqual(200);
  });

  it.each(['/%ff', '/%E0%A4%A'])('answers `GET %s` (a path that does not decode)', async (path) => {
    const status = statusOf(await get(path));
    // The standalone server decodes paths itself: bad percent-encoding is the caller's error.
    if (kind === 'standalone') expect(status).toBe(400);
    else expect(status).toBeGreaterThanOrEqual(200);
  });

  it('drops a relayed body whose caller disconnects half-way, quietly', async () => {
    const socket = await openRaw(server.port, relayedPost(server.port, 100_000, 50_000));
    socket.destroy();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(page!.requests).toEqual([]);
  });

  it('survives a back end that hangs up while the page is answering', async () => {
    const held: TunnelRequest[] = [];
    respond = (request) => held.push(request);
    const socket = await openRaw(server.port, relayedPost(server.port, 8));
    await expect.poll(() => held.length).toBe(1);
    socket.destroy(); // e.g. the back end's HTTP client timed out
    await new Promise((resolve) => setTimeout(resolve, 100));
    page!.answer({ id: held[0]!.id, status: 200, statusText: 'OK', headers: [], body: '' });
    await new Promise((resolve) => setTimeout(resolve, 100));
  });

  const ok: Omit<TunnelResponse, 'type' | 'id'> = {
    status: 200,
    statusText: 'OK',
    headers: [],
    body: '',
  };
  it.each<[string, Record<string, unknown>, RegExp]>([
    ['status 1000', { ...ok, status: 1000 }, /status "1000"/],
    ['status 99', { ...ok, status: 99 }, /status "99"/],
    ['status 200.5', { ...ok, status: 200.5 }, /shape of an answer/],
    ['status as text', { ...ok, status: '200' }, /shape of an answer/],
    ['a line break in the status text', { ...ok, statusText: 'OK\r\nX-Evil: 1' }, /status text/],
    ['a header name with a space', { ...ok, headers: [['X Evil', '1']] }, /header name "X Evil"/],
    ['a header value with a line break', { ...ok, headers: [['X-A', 'a\r\nb']] }, /value/],
    ['headers as an object', { ...ok, headers: { a: 'b' } }, /shape of an answer/],
    ['a body that is not base64', { ...ok, body: '%%%not base64' }, /not base64/],
  ])('answers 502 for a page answer with %s', async (_, junk, reason) => {
    respond = (request, self) =>
      self.socket.send(JSON.stringify({ type: 'response', id: request.id, ...junk }));
    const answer = await rawExchange(server.port, relayedPost(server.port, 8), 5000);
    expect(statusOf(answer)).toBe(502);
    expect(answer).toContain('gave an answer that is not valid HTTP');
    expect(answer).toMatch(reason);
  });

  it('closes a page that sends a frame over the limit, and keeps serving', async () => {
    const closed = new Promise((resolve) => page!.socket.once('close', resolve));
    page!.socket.send('x'.repeat(4 * 1024 * 1024 + 1));
    await closed;
    page = undefined;
  });

  it.each([
    ['no key', 'Sec-WebSocket-Version: 13\r\n'],
    ['version 99', 'Sec-WebSocket-Version: 99\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n'],
  ])('refuses a malformed relay socket handshake (%s) with 400', async (_, headers) => {
    const answer = await rawExchange(
      server.port,
      `GET ${RELAY_SOCKET_PATH} HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\n` +
        `Origin: http://127.0.0.1:${server.port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
        `${headers}\r\n`,
    );
    expect(statusOf(answer)).toBe(400);
  });

  it('refuses the relay socket from another origin, and from a rebound host', async () => {
    const upgrade = (host: string, origin: string) =>
      rawExchange(
        server.port,
        `GET ${RELAY_SOCKET_PATH} HTTP/1.1\r\nHost: ${host}\r\nOrigin: ${origin}\r\n` +
          'Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n' +
          'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n',
      );
    expect(statusOf(await upgrade(`127.0.0.1:${server.port}`, 'http://evil.example'))).toBe(403);
    const rebound = `evil.example:${server.port}`;
    expect(statusOf(await upgrade(rebound, `http://${rebound}`))).toBe(403);
  });
});
