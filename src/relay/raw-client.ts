// Raw bytes over a loopback socket, for requests no HTTP client would send (`GET //[`,
// `/%E0%A4%A`, a body cut off half-way), and a watch on the process for what would end it.
import { request as httpRequest } from 'node:http';
import { connect, type Socket } from 'node:net';

/** Sends `bytes` and collects what comes back until the server closes or `waitMs` passes. */
export function rawExchange(port: number, bytes: string, waitMs = 1500): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let received = '';
    const done = () => {
      clearTimeout(timer);
      socket.destroy();
      resolve(received);
    };
    const timer = setTimeout(done, waitMs);
    socket.on('data', (chunk) => (received += chunk.toString('latin1')));
    socket.on('end', done);
    socket.on('error', done);
    socket.write(bytes, 'latin1');
  });
}

/** The status code of a raw HTTP answer, or 0 when there was none. */
export const statusOf = (answer: string) => Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0);

/** Opens a socket, sends `bytes`, and leaves it open (a caller that stalls or hangs up). */
export function openRaw(port: number, bytes: string): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.write(bytes, 'latin1', () => resolve(socket));
    });
    socket.on('error', reject);
  });
}

/** Everything the process would have died of since `start()`: unhandled rejections and throws. */
export function processWatch() {
  const seen: unknown[] = [];
  const record = (error: unknown) => seen.push(error);
  return {
    seen,
    start() {
      seen.length = 0;
      process.on('unhandledRejection', record);
      process.on('uncaughtException', record);
    },
    stop() {
      process.off('unhandledRejection', record);
      process.off('uncaughtException', record);
    },
  };
}

export type Exchange = { status: number; headers: Record<string, unknown>; text: string };

/** One HTTP request with exactly the headers given (browsers' own included: Origin, Sec-Fetch-*). */
export function exchange(
  port: number,
  request: { method?: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<Exchange> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        method: request.method ?? 'GET',
        path: request.path,
        headers: request.headers,
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, text }));
        // A server that hangs up mid-answer: no 'end', only 'close'.
        res.on('error', reject);
        res.on('close', () => {
          if (!res.complete) reject(new Error('the server hung up mid-answer'));
        });
      },
    );
    req.on('error', reject);
    req.end(request.body);
  });
}
