import type { Socket } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_BODY_LIMITS } from './body.ts';
import { connectFakePage, type FakePage } from './fake-page.ts';
import { openRaw, processWatch, rawExchange, statusOf } from './raw-client.ts';
import { startServer, type ServerKind, type ServerUnderTest } from './servers-under-test.ts';

// Issue 23: 300 half-sent 1 MB bodies held 300 MB until Node's own 300 s timeout. Now a body
// must keep coming (idle limit) and finish in time (total limit), and only so many are read at
// once. The limits are shrunk here so the test takes a second, not a minute.

const limits = { idleMs: 300, totalMs: 1_000, concurrent: 2 };
const channelPath = '/relay/db5.notify.windows.com/?token=T';
const watch = processWatch();

const head = (port: number, length: number) =>
  `POST ${channelPath} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Length: ${length}\r\n\r\n`;

/** The first status line the server sends on `socket`, or 0 if it closes without one. */
const firstStatus = (socket: Socket) =>
  new Promise<number>((resolve) => {
    let text = '';
    socket.on('data', (chunk: Buffer) => {
      text += chunk.toString('latin1');
      if (text.includes('\r\n')) resolve(statusOf(text));
    });
    socket.on('close', () => resolve(statusOf(text)));
  });

it('defaults to 10 s idle, 30 s in all, 64 bodies at once', () => {
  expect(DEFAULT_BODY_LIMITS).toEqual({ idleMs: 10_000, totalMs: 30_000, concurrent: 64 });
});

describe.each<ServerKind>(['standalone', 'vite dev'])(
  'the %s relay reads bodies within limits',
  (kind) => {
    let server: ServerUnderTest;
    let page: FakePage;
    beforeAll(async () => {
      server = await startServer(kind, { bodyLimits: limits });
    }, 30_000);
    afterAll(() => server.close());
    beforeEach(async () => {
      watch.start();
      page = await connectFakePage(server.port, (request, self) =>
        self.answer({ id: request.id, status: 200, statusText: 'OK', headers: [], body: '' }),
      );
    });
    afterEach(async () => {
      await page.close();
      watch.stop();
      expect(watch.seen).toEqual([]);
    });

    it('answers 408 to a body that stops half-way, and frees its slot', async () => {
      const stalled = await openRaw(server.port, head(server.port, 1000) + 'x'.repeat(500));
      const started = performance.now();
      expect(await firstStatus(stalled)).toBe(408);
      expect(performance.now() - started).toBeLessThan(limits.totalMs);
      stalled.destroy();
      expect(page.requests).toEqual([]);
    });

    it('answers 408 to a body that trickles past the total limit', async () => {
      const slow = await openRaw(server.port, head(server.port, 1000));
      const drip = setInterval(() => slow.write('x'), 100); // never idle, never done
      const status = await firstStatus(slow);
      clearInterval(drip);
      slow.destroy();
      expect(status).toBe(408);
    });

    it('answers 503 past the number of bodies read at once, then serves again', async () => {
      const held = await Promise.all(
        [0, 1].map(() => openRaw(server.port, head(server.port, 1000) + 'x')),
      );
      await new Promise((resolve) => setTimeout(resolve, 50));
      const busy = await rawExchange(server.port, head(server.port, 8) + '<toast/>');
      expect(statusOf(busy)).toBe(503);
      expect(busy).toContain('too many request bodies at once');
      // A bodiless request needs no slot.
      const get = `GET ${channelPath} HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nConnection: close\r\n\r\n`;
      expect(statusOf(await rawExchange(server.port, get))).toBe(200);
      for (const socket of held) socket.destroy();
      await new Promise((resolve) => setTimeout(resolve, 50));
      const after = await rawExchange(server.port, head(server.port, 8) + '<toast/>');
      expect(statusOf(after)).toBe(200);
    });
  },
);
