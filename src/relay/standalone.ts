import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { attachRelay, warnIfWide, type Relay, type RelayOptions } from './server.ts';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};

/** Serves the built app from `root`; unknown paths get index.html (a single-page app). */
function staticFiles(root: string) {
  const base = resolve(root);
  return async (req: IncomingMessage, res: ServerResponse) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(base, pathname));
    if (file !== base && !file.startsWith(base + sep)) {
      res.writeHead(403).end();
      return;
    }
    const info = await stat(file).catch(() => undefined);
    if (!info?.isFile()) file = join(base, 'index.html');
    const exists = await stat(file).catch(() => undefined);
    if (!exists) {
      res
        .writeHead(404, { 'Content-Type': 'text/plain' })
        .end(`No built app in ${base}: run npm run build.\n`);
      return;
    }
    res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  };
}

export type StandaloneOptions = RelayOptions & {
  port: number;
  /** Addresses to bind; the default is the loopback ones only. */
  hosts?: string[];
  /** The built app (`dist/`). */
  root: string;
  log?: (line: string) => void;
};

export type Standalone = { relay: Relay; servers: Server[]; close(): Promise<void> };

/** The built app and the relay on one port, without Vite. */
export async function startStandalone(options: StandaloneOptions): Promise<Standalone> {
  const hosts = options.hosts ?? ['127.0.0.1', '::1'];
  const serveFile = staticFiles(options.root);
  const servers = hosts.map(() => createServer());
  const relay = attachRelay(servers, options);
  for (const server of servers)
    server.on(
      'request',
      (req, res) => void relay.middleware(req, res, () => void serveFile(req, res)),
    );
  for (const host of hosts) if (!['127.0.0.1', '::1'].includes(host)) warnIfWide(host, options.log);
  const listening = await Promise.allSettled(
    servers.map(
      (server, i) =>
        new Promise<void>((ok, fail) => {
          server.once('error', fail);
          server.listen(options.port, hosts[i], () => ok());
        }),
    ),
  );
  // A machine without IPv6 still serves on 127.0.0.1; fail only if nothing listens.
  if (listening.every((r) => r.status === 'rejected')) {
    relay.close();
    throw (listening[0] as PromiseRejectedResult).reason;
  }
  const open = servers.filter((_, i) => listening[i]!.status === 'fulfilled');
  return {
    relay,
    servers: open,
    close: async () => {
      relay.close();
      await Promise.all(open.map((s) => new Promise((done) => s.close(done))));
    },
  };
}
