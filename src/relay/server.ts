import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import { RELAY_SOCKET_PATH } from '../protocol/relay-uri.ts';
import { RelayHub } from './hub.ts';
import { relayMiddleware } from './http.ts';

export type RelayOptions = {
  timeoutMs?: number;
  /** Host names (besides IP literals and localhost) whose pages may connect; Vite's `allowedHosts`. */
  allowedHosts?: string[] | true;
};

export type Relay = {
  hub: RelayHub;
  /** Connect-style middleware: relays push-service requests, passes the rest on. */
  middleware: ReturnType<typeof relayMiddleware>;
  close(): void;
};

/** The emulator's own URL, as the caller reached this server. */
const emulatorUrl = (req: IncomingMessage) => `http://${req.headers.host ?? '127.0.0.1'}/`;

/**
 * Only the emulator page itself may become the phone: its Origin must be this very server
 * (same host and port the socket was opened on). A page from any other site is refused, so a
 * web page in another tab cannot read what back ends push. The host must also be one a DNS
 * rebinding cannot fake: an IP literal, localhost, or a name the user allowed.
 */
export function isOwnOrigin(req: IncomingMessage, allowedHosts: string[] | true = []): boolean {
  const origin = req.headers.origin;
  if (!origin || !req.headers.host) return false;
  try {
    const parsed = new URL(origin);
    if (parsed.protocol !== 'http:' || parsed.host !== req.headers.host) return false;
    const name = parsed.hostname;
    return (
      allowedHosts === true ||
      /^(\d+\.){3}\d+$/.test(name) ||
      name.startsWith('[') ||
      name === 'localhost' ||
      name.endsWith('.localhost') ||
      allowedHosts.some((h) =>
        h.startsWith('.') ? name.endsWith(h) || name === h.slice(1) : name === h,
      )
    );
  } catch {
    return false;
  }
}

/** Adds the relay to an HTTP server: the page's WebSocket on upgrade, and the HTTP middleware. */
export function attachRelay(servers: Server | Server[], options: RelayOptions = {}): Relay {
  const all = Array.isArray(servers) ? servers : [servers];
  const hub = new RelayHub(options.timeoutMs);
  const sockets = new WebSocketServer({ noServer: true, maxPayload: 4 * 1024 * 1024 });
  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    if (new URL(req.url ?? '/', 'http://x').pathname !== RELAY_SOCKET_PATH) return; // e.g. Vite's HMR
    if (!isOwnOrigin(req, options.allowedHosts)) {
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      return;
    }
    sockets.handleUpgrade(req, socket, head, (ws) => hub.attach(ws));
  };
  for (const server of all) server.on('upgrade', onUpgrade);
  return {
    hub,
    middleware: relayMiddleware(hub, emulatorUrl),
    close() {
      for (const server of all) server.off('upgrade', onUpgrade);
      hub.close();
      sockets.close();
    },
  };
}

/** Widening the bind exposes the phone (and what back ends push to it) to the network. */
export function warnIfWide(host: string | boolean | undefined, log = console.warn): void {
  const local = ['127.0.0.1', '::1', 'localhost', '[::1]'];
  if (host === undefined || host === false || local.includes(String(host))) return;
  log(
    `Tilecast relay: listening on ${host === true ? 'all interfaces' : host}. ` +
      'Anyone who can reach this port can push to your emulator and read its answers.',
  );
}
