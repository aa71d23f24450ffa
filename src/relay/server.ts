import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import { RELAY_SOCKET_PATH } from '../protocol/relay-uri.ts';
import type { BodyLimits } from './body.ts';
import { guardMiddleware, guardUpgrade, refuseUpgrade, type Log } from './guard.ts';
import { isAllowedHost, isOwnOrigin } from './hosts.ts';
import { relayHandler } from './http.ts';
import { RelayHub } from './hub.ts';

export { isOwnOrigin } from './hosts.ts';

export type RelayOptions = {
  timeoutMs?: number;
  /** Host names (besides IP literals and localhost) this server answers to; Vite's `allowedHosts`. */
  allowedHosts?: string[] | true;
  bodyLimits?: BodyLimits;
  /** Where bugs are reported (they are answered 500 and the server keeps running). */
  log?: Log;
};

export type Relay = {
  hub: RelayHub;
  /** Relays push-service requests; false when the request is the host's to serve. */
  handle(req: IncomingMessage, res: ServerResponse): Promise<boolean>;
  /** Connect-style middleware over `handle`, guarded: it never throws or rejects. */
  middleware: (req: IncomingMessage, res: ServerResponse, next: () => void) => void;
  close(): void;
};

/** The emulator's own URL, as the caller reached this server. */
const emulatorUrl = (req: IncomingMessage) => `http://${req.headers.host ?? '127.0.0.1'}/`;

/** The path of a request target, without parsing it as a URL (`//[` is not a valid one). */
export const pathOf = (target: string | undefined) => (target ?? '/').split(/[?#]/, 1)[0]!;

/**
 * Adds the relay to an HTTP server: the page's WebSocket on upgrade, and the HTTP handler.
 * `ownsUpgrades`: no other listener answers upgrades (the standalone server), so upgrades to
 * any other path are refused rather than left open.
 */
export function attachRelay(
  servers: Server | Server[],
  options: RelayOptions & { ownsUpgrades?: boolean } = {},
): Relay {
  const all = Array.isArray(servers) ? servers : [servers];
  const hub = new RelayHub(options.timeoutMs);
  const sockets = new WebSocketServer({ noServer: true, maxPayload: 4 * 1024 * 1024 });
  const onUpgrade = guardUpgrade((req: IncomingMessage, socket: Duplex, head: Buffer) => {
    if (pathOf(req.url) !== RELAY_SOCKET_PATH) {
      // e.g. Vite's HMR socket, which its own listener takes
      if (options.ownsUpgrades) refuseUpgrade(socket, 404, 'Not Found');
      return;
    }
    if (!isAllowedHost(req, options.allowedHosts) || !isOwnOrigin(req, options.allowedHosts))
      return refuseUpgrade(socket, 403, 'Forbidden');
    sockets.handleUpgrade(req, socket, head, (ws) => hub.attach(ws));
  }, options.log);
  for (const server of all) server.on('upgrade', onUpgrade);
  const handle = relayHandler(hub, emulatorUrl, options);
  return {
    hub,
    handle,
    middleware: guardMiddleware(async (req, res, next) => {
      if (!(await handle(req, res))) next();
    }, options.log),
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

/**
 * Listens on `port` at every host, one server each. A machine without IPv6 still serves on
 * 127.0.0.1: only when nothing listens does it throw (the first error, e.g. EADDRINUSE).
 * Resolves with the servers that listen, and the hosts they listen on.
 */
export async function listenAll(
  servers: Server[],
  hosts: string[],
  port: number,
): Promise<{ open: Server[]; hosts: string[] }> {
  const listening = await Promise.allSettled(
    servers.map(
      (server, i) =>
        new Promise<void>((ok, fail) => {
          server.once('error', fail);
          server.listen(port, hosts[i], () => ok());
        }),
    ),
  );
  if (listening.every((r) => r.status === 'rejected'))
    throw (listening[0] as PromiseRejectedResult).reason;
  const up = (_: unknown, i: number) => listening[i]!.status === 'fulfilled';
  return { open: servers.filter(up), hosts: hosts.filter(up) };
}
