import type { Server } from 'node:http';
import type { Plugin } from 'vite';
import { attachRelay, warnIfWide } from './server.ts';

/**
 * Serves the relay on the same port as the app, under `npm run dev` and `npm run preview`.
 * The push hosts are allowed as Host headers so a client pointed straight at this server
 * (a forward-proxy setting, or a connection redirected here) reaches the relay.
 */
export function tilecastRelay(): Plugin {
  const pushHosts = ['login.live.com', '.notify.windows.com', '.notify.live.net'];
  // Vite merges arrays from plugins into the user's; `true` (any host) needs nothing added.
  const widen = (allowed: string[] | true | undefined) => (allowed === true ? true : pushHosts);
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
        allowedHosts: server.config.server.allowedHosts,
      });
      server.httpServer.on('close', () => relay.close());
      server.middlewares.use((req, res, next) => void relay.middleware(req, res, next));
    },
    configurePreviewServer(server) {
      warnIfWide(server.config.preview.host);
      const relay = attachRelay(server.httpServer as Server, {
        allowedHosts: server.config.preview.allowedHosts,
      });
      server.httpServer.on('close', () => relay.close());
      server.middlewares.use((req, res, next) => void relay.middleware(req, res, next));
    },
  };
}
