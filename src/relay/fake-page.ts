// A stand-in for an emulator tab in the relay's Node tests: a WebSocket client that speaks the
// tunnel protocol and answers as the test tells it to.
import { WebSocket } from 'ws';
import { RELAY_SOCKET_PATH } from '../protocol/relay-uri.ts';
import {
  parseTunnelMessage,
  type TunnelRequest,
  type TunnelResponse,
  type TunnelStatus,
} from '../protocol/tunnel.ts';

export type FakePage = {
  socket: WebSocket;
  requests: TunnelRequest[];
  /** Resolves with the next status message after this call. */
  nextStatus(): Promise<TunnelStatus>;
  answer(response: Omit<TunnelResponse, 'type'>): void;
  activate(): void;
  /** Claims these channels and client ids; resolves once the relay holds them. */
  claim(channels: string[], clients?: string[]): Promise<TunnelStatus>;
  close(): Promise<void>;
};

export async function connectFakePage(
  port: number,
  onRequest?: (request: TunnelRequest, page: FakePage) => void,
  origin = `http://127.0.0.1:${port}`,
): Promise<FakePage> {
  const socket = new WebSocket(`ws://127.0.0.1:${port}${RELAY_SOCKET_PATH}`, { origin });
  const statusWaiters: ((status: TunnelStatus) => void)[] = [];
  let seq = 0;
  const page: FakePage = {
    socket,
    requests: [],
    nextStatus: () => new Promise((resolve) => statusWaiters.push(resolve)),
    answer: (response) => socket.send(JSON.stringify({ type: 'response', ...response })),
    activate: () => socket.send(JSON.stringify({ type: 'activate' })),
    async claim(channels, clients = []) {
      const mine = ++seq;
      socket.send(JSON.stringify({ type: 'claims', seq: mine, channels, clients }));
      for (;;) {
        const status = await page.nextStatus();
        if (status.claims && status.claims.seq >= mine) return status;
      }
    },
    close: () =>
      new Promise((resolve) => {
        socket.once('close', () => resolve());
        socket.close();
      }),
  };
  socket.on('message', (data) => {
    const message = parseTunnelMessage(String(data));
    if (message?.type === 'status') {
      for (const waiter of statusWaiters.splice(0)) waiter(message);
    }
    if (message?.type === 'request') {
      page.requests.push(message);
      onRequest?.(message, page);
    }
  });
  // Connected once the relay has counted this page (its first status message).
  const first = page.nextStatus();
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  await first;
  return page;
}
