import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request as httpRequest } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { RELAY_SOCKET_PATH } from '../protocol/relay-uri.ts';
import { decodeBase64, encodeBase64 } from '../protocol/tunnel.ts';
import { connectFakePage, type FakePage } from './fake-page.ts';
import { MAX_BODY_BYTES } from './http.ts';
import { warnIfWide } from './server.ts';
import { startStandalone, type Standalone } from './standalone.ts';

// Ports 4340-4349 belong to this checkout's tests; the e2e suite uses 4342.
const port = 4341;
const base = `http://127.0.0.1:${port}`;
const channel = `${base}/relay/db5.notify.windows.com/?token=T`;

const root = mkdtempSync(join(tmpdir(), 'tilecast-dist-'));
writeFileSync(join(root, 'index.html'), '<!doctype html><title>Tilecast</title>');

let server: Standalone;
const pages: FakePage[] = [];
const page = async (
  ...args: Parameters<typeof connectFakePage> extends [number, ...infer R] ? R : never
) => {
  const connected = await connectFakePage(port, ...args);
  pages.push(connected);
  return connected;
};

/** A fake page that answers every request with 200 and its own id and body echoed back. */
const echo = () =>
  page((request, self) =>
    self.answer({
      id: request.id,
      status: 200,
      statusText: 'OK',
      headers: [
        ['X-WNS-Status', 'received'],
        ['X-Echo-Url', request.url],
      ],
      body: request.body,
    }),
  );

beforeEach(async () => {
  server = await startStandalone({ port, root, hosts: ['127.0.0.1'] });
});

afterEach(async () => {
  await Promise.all(pages.splice(0).map((p) => p.close()));
  await server.close();
});

describe('the relay (issue #9)', () => {
  it('answers 503 with where to open the emulator when no page is connected', async () => {
    const response = await fetch(channel, { method: 'POST', body: '<toast/>' });
    expect(response.status).toBe(503);
    expect(await response.text()).toContain(`Open ${base}/ in a browser`);
  });

  it('tunnels method, URL, headers, body bytes and caller, and returns the answer unchanged', async () => {
    const fake = await page((request, self) =>
      self.answer({
        id: request.id,
        status: 406,
        statusText: 'Not Acceptable',
        headers: [
          ['X-WNS-Status', 'channelthrottled'],
          ['X-WNS-Msg-ID', '1A2B'],
        ],
        body: encodeBase64(new Uint8Array([0, 255, 1])),
      }),
    );
    const body = new Uint8Array([0xef, 0xbb, 0xbf, 0x3c, 0x74, 0x2f, 0x3e, 0x80]);
    const response = await fetch(channel, {
      method: 'POST',
      headers: { 'X-WNS-Type': 'wns/toast', Authorization: 'Bearer X' },
      body,
    });
    expect(response.status).toBe(406);
    expect(response.statusText).toBe('Not Acceptable');
    expect(response.headers.get('x-wns-status')).toBe('channelthrottled');
    expect(response.headers.get('x-wns-msg-id')).toBe('1A2B');
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(new Uint8Array([0, 255, 1]));
    const [sent] = fake.requests;
    expect(sent).toMatchObject({ method: 'POST', url: 'https://db5.notify.windows.com/?token=T' });
    expect(sent!.headers).toEqual(
      expect.arrayContaining([
        ['X-WNS-Type', 'wns/toast'],
        ['Authorization', 'Bearer X'],
      ]),
    );
    expect(sent!.headers.map(([name]) => name.toLowerCase())).not.toContain('host');
    expect(decodeBase64(sent!.body)).toEqual(body);
    expect(sent!.from).toMatch(/^127\.0\.0\.1:\d+$/);
  });

  it('refuses bodies over 1 MB with 413 before tunnelling them', async () => {
    const fake = await echo();
    const over = await fetch(channel, { method: 'POST', body: new Uint8Array(MAX_BODY_BYTES + 1) });
    expect(over.status).toBe(413);
    const exactly = await fetch(channel, { method: 'POST', body: new Uint8Array(MAX_BODY_BYTES) });
    expect(exactly.status).toBe(200);
    expect(fake.requests).toHaveLength(1);
  });

  it('refuses a chunked body that grows past 1 MB', async () => {
    const fake = await echo();
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(channel, { method: 'POST' }, (res) => resolve(res.statusCode!));
      req.on('error', reject);
      for (let i = 0; i < 5; i++) req.write(Buffer.alloc(300_000));
      req.end();
    });
    expect(status).toBe(413);
    expect(fake.requests).toHaveLength(0);
  });

  it(
    'answers 504 when the page does not answer within 10 seconds',
    { timeout: 15_000 },
    async () => {
      const silent = await page();
      const started = performance.now();
      const response = await fetch(channel, { method: 'POST', body: '<toast/>' });
      expect(response.status).toBe(504);
      expect(performance.now() - started).toBeGreaterThanOrEqual(9_900);
      expect(silent.requests).toHaveLength(1);
    },
  );

  it('correlates concurrent requests from several clients by id', async () => {
    // Answers in reverse order of arrival, so only the id can pair them up.
    const held: Parameters<FakePage['answer']>[0][] = [];
    const count = 20;
    await page((request, self) => {
      held.push({ id: request.id, status: 200, statusText: 'OK', headers: [], body: request.body });
      if (held.length === count) for (const answer of held.reverse()) self.answer(answer);
    });
    const bodies = Array.from({ length: count }, (_, i) => `client ${i}`);
    const answers = await Promise.all(
      bodies.map((body) => fetch(channel, { method: 'POST', body }).then((r) => r.text())),
    );
    expect(answers).toEqual(bodies);
  });

  it('reaches the active page only; another page can take over', async () => {
    const first = await echo();
    const second = await echo();
    await fetch(channel, { method: 'POST', body: 'one' });
    expect([first.requests.length, second.requests.length]).toEqual([1, 0]);
    const statuses = [first.nextStatus(), second.nextStatus()];
    second.activate();
    expect(await Promise.all(statuses)).toEqual([
      { type: 'status', active: false, pages: 2 },
      { type: 'status', active: true, pages: 2 },
    ]);
    await fetch(channel, { method: 'POST', body: 'two' });
    expect([first.requests.length, second.requests.length]).toEqual([1, 1]);
    const promoted = first.nextStatus();
    await second.close();
    pages.splice(pages.indexOf(second), 1);
    expect(await promoted).toEqual({ type: 'status', active: true, pages: 1 });
  });

  it('relays absolute-form targets and push-host Host headers, as a forward proxy would', async () => {
    const fake = await echo();
    const viaProxy = await new Promise<string>((resolve, reject) => {
      const req = httpRequest(
        {
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: 'http://sn1.notify.live.net/throttledthirdparty/01.00/T',
        },
        (res) => resolve(String(res.headers['x-echo-url'])),
      );
      req.on('error', reject);
      req.end('<wp:Notification/>');
    });
    expect(viaProxy).toBe('http://sn1.notify.live.net/throttledthirdparty/01.00/T');
    const viaHost = await new Promise<string>((resolve, reject) => {
      const req = httpRequest(
        {
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: '/accesstoken.srf',
          headers: { Host: 'login.live.com' },
        },
        (res) => resolve(String(res.headers['x-echo-url'])),
      );
      req.on('error', reject);
      req.end('grant_type=client_credentials');
    });
    expect(viaHost).toBe('https://login.live.com/accesstoken.srf');
    expect(fake.requests).toHaveLength(2);
  });

  it('accepts the WebSocket only from the emulator its own origin', async () => {
    const refused = new WebSocket(`ws://127.0.0.1:${port}${RELAY_SOCKET_PATH}`, {
      origin: 'http://evil.example',
    });
    const outcome = await new Promise<string>((resolve) => {
      refused.once('open', () => resolve('open'));
      refused.once('error', (error) => resolve(error.message));
    });
    expect(outcome).toMatch(/403/);
    expect(server.relay.hub.pageCount).toBe(0);
  });

  it('still serves the app itself', async () => {
    const response = await fetch(`${base}/some/client/route`);
    expect(await response.text()).toContain('<title>Tilecast</title>');
    expect(response.headers.get('content-type')).toContain('text/html');
  });
});

describe('binding wider than loopback', () => {
  it.each([
    [undefined, false],
    ['127.0.0.1', false],
    ['::1', false],
    ['localhost', false],
    [true, true],
    ['0.0.0.0', true],
    ['192.168.1.20', true],
  ])('host %s warns: %s', (host, warns) => {
    const lines: string[] = [];
    warnIfWide(host, (line) => lines.push(line));
    expect(lines.length > 0).toBe(warns);
  });
});
