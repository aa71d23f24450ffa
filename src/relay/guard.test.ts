import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { BadRequest, guardMiddleware, guardUpgrade } from './guard.ts';
import { exchange, processWatch, rawExchange, statusOf } from './raw-client.ts';

// The guards stand between Node and every handler of the three servers: whatever a handler
// does, the caller gets an answer and the process goes on.

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

const watch = processWatch();
let server: Server | undefined;
const logged: string[] = [];

async function serve(handler: Handler, onUpgrade?: () => void): Promise<number> {
  const guarded = guardMiddleware(handler, (line) => logged.push(line));
  server = createServer((req, res) => guarded(req, res, () => {}));
  if (onUpgrade)
    server.on(
      'upgrade',
      guardUpgrade(onUpgrade, (line) => logged.push(line)),
    );
  await new Promise<void>((ok) => server!.listen(0, '127.0.0.1', ok));
  watch.start();
  return (server.address() as AddressInfo).port;
}

afterEach(async () => {
  watch.stop();
  expect(watch.seen).toEqual([]);
  logged.length = 0;
  await new Promise((done) => server?.close(done));
});

describe('the guards around every handler', () => {
  it('answers 400 with the reason for bad input, and logs nothing', async () => {
    const port = await serve(() => Promise.reject(new BadRequest('the path is not valid.')));
    const answer = await exchange(port, { path: '/' });
    expect([answer.status, answer.text]).toEqual([400, 'Bad request: the path is not valid.\n']);
    expect(logged).toEqual([]);
  });

  it('answers 500 for a bug, rejected or thrown, and logs it', async () => {
    const port = await serve((req) => {
      if (req.url === '/sync') throw new Error('thrown');
      return Promise.reject(new Error('rejected'));
    });
    expect((await exchange(port, { path: '/async' })).status).toBe(500);
    expect((await exchange(port, { path: '/sync' })).status).toBe(500);
    expect(logged.join('\n')).toMatch(/rejected[\s\S]*thrown/);
  });

  it('hangs up on a caller whose answer had begun when the bug struck', async () => {
    const port = await serve(async (_, res) => {
      res.writeHead(200);
      res.write('partial');
      await Promise.resolve();
      throw new Error('late');
    });
    await expect(exchange(port, { path: '/' })).rejects.toThrow();
  });

  it('answers 500 to an upgrade whose handler has a bug', async () => {
    const port = await serve(
      () => Promise.resolve(),
      () => {
        throw new Error('upgrade bug');
      },
    );
    const answer = await rawExchange(
      port,
      'GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n',
    );
    expect(statusOf(answer)).toBe(500);
    expect(logged.join('\n')).toContain('upgrade bug');
  });
});
