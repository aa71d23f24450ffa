import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Connect, Plugin } from 'vite';
import { PUSH_HOST_NAMES } from './hosts.ts';
import { WORKER_CONTENT_SECURITY_POLICY, WORKER_PATH } from './security-headers.ts';
import { pathOf } from './server.ts';
import { attachRelay, warnIfWide, type Relay, type RelayOptions } from './server.ts';

/**
 * Puts the relay first in Vite's middleware stack. Vite installs its CORS middleware before any
 * plugin's, and that one answers a preflight from any localhost origin itself: behind it the
 * relay would be open to every local web page. First, the relay checks Host and Origin on its
 * own paths and leaves the rest to Vite (its CORS and host check included).
 */
function relayFirst(middlewares: Connect.Server, relay: Relay): void {
  middlewares.stack.unshift({ route: '', handle: relay.middleware });
}

/**
 * `preview.headers` gives every response the page's policy; the service worker's script gets
 * its own (security-headers.ts says why). Vite sets those headers after any plugin middleware
 * runs, so the worker's response rewrites the policy as it is set.
 */
function workerPolicy(middlewares: Connect.Server): void {
  middlewares.stack.unshift({
    route: '',
    handle: (req: IncomingMessage, res: ServerResponse, next: () => void) => {
      if (pathOf(req.url) === WORKER_PATH) {
        const setHeader = res.setHeader.bind(res);
        res.setHeader = (name: string, value: number | string | readonly string[]) =>
          setHeader(
            name,
            name.toLowerCase() === 'content-security-policy'
              ? WORKER_CONTENT_SECURITY_POLICY
              : value,
          );
      }
      next();
    },
  });
}

/** The names Vite's own host check answers to: `allowedHosts`, plus a named `host` to bind. */
const hostsOf = (config: { allowedHosts: string[] | true; host?: string | boolean }) =>
  config.allowedHosts === true || typeof config.host !== 'string'
    ? config.allowedHosts
    : [...config.allowedHosts, config.host];

/**
 * Serves the relay on the same port as the app, under `npm run dev` and `npm run preview`.
 * The push hosts are allowed as Host headers so a client pointed straight at this server
 * (a forward-proxy setting, or a connection redirected here) reaches the relay.
 */
export function tilecastRelay(
  options: Pick<RelayOptions, 'bodyLimits' | 'timeoutMs'> = {},
): Plugin {
  // Vite merges arrays from plugins into the user's; `true` (any host) needs nothing added.
  const widen = (allowed: string[] | true | undefined) =>
    allowed === true ? true : PUSH_HOST_NAMES;
  return {
    name: 'tilecast-relay',
    config(config) {
      return {
        server: { allowedHosts: widen(config.server?.allowedHosts) },
        preview: { allowedHosts: widen(config.preview?.allowedHosts) },
      };
    },
    configureServer(server) {
      if (!server.httpServer) return; // middleware mode: the host app has its own server
      warnIfWide(server.config.server.host);
      const relay = attachRelay(server.httpServer as Server, {
        ...options,
        allowedHosts: hostsOf(server.config.server),
      });
      server.httpServer.on('close', () => relay.close());
      relayFirst(server.middlewares, relay);
    },
    configurePreviewServer(server) {
      warnIfWide(server.config.preview.host);
      const relay = attachRelay(server.httpServer as Server, {
        ...options,
        allowedHosts: hostsOf(server.config.preview),
        // Preview has no HMR: unless a proxy forwards WebSockets, no one else takes upgrades,
        // and an unanswered one would hold its socket open for good.
        ownsUpgrades:
          !server.config.preview.proxy || !Object.keys(server.config.preview.proxy).length,
      });
      server.httpServer.on('close', () => relay.close());
      relayFirst(server.middlewares, relay);
      workerPolicy(server.middlewares);
    },
  };
}
