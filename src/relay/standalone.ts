import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream';
import { BadRequest, guardMiddleware } from './guard.ts';
import { blockedHost, sendText } from './http.ts';
import { isAllowedHost, PUSH_HOST_NAMES } from './hosts.ts';
import { securityHeadersFor } from './security-headers.ts';
import {
  attachRelay,
  listenAll,
  pathOf,
  warnIfWide,
  type Relay,
  type RelayOptions,
} from './server.ts';

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

/** The decoded path of a request for a file; bad targets (`*`, `/%ff`) are a BadRequest. */
function filePath(target: string | undefined): string {
  const path = pathOf(target);
  if (!path.startsWith('/')) throw new BadRequest('the request target is not a path.');
  try {
    return decodeURIComponent(path);
  } catch {
    throw new BadRequest('the path is not valid percent-encoding (UTF-8).');
  }
}

/** Serves the built app from `root`; unknown paths get index.html (a single-page app). */
function staticFiles(root: string) {
  const base = resolve(root);
  return async (req: IncomingMessage, res: ServerResponse) => {
    const path = filePath(req.url);
    let file = normalize(join(base, path));
    if (file !== base && !file.startsWith(base + sep)) return sendText(res, 403, 'Forbidden');
    const info = await stat(file).catch(() => undefined);
    if (!info?.isFile()) file = join(base, 'index.html');
    const exists = await stat(file).catch(() => undefined);
    if (!exists) return sendText(res, 404, `No built app in ${base}: run npm run build.`);
    res.writeHead(200, {
      ...securityHeadersFor(path),
      'Content-Type': types[extname(file)] ?? 'application/octet-stream',
    });
    // pipeline, not pipe: a read error (a file removed meanwhile) closes the answer, not Node.
    pipeline(createReadStream(file), res, () => undefined);
  };
}

export type StandaloneOptions = RelayOptions & {
  port: number;
  /** Addresses to bind; the default is the loopback ones only. */
  hosts?: string[];
  /** The built app (`dist/`). */
  root: string;
};

export type Standalone = { relay: Relay; servers: Server[]; close(): Promise<void> };

/** The built app and the relay on one port, without Vite. */
export async function startStandalone(options: StandaloneOptions): Promise<Standalone> {
  const hosts = options.hosts ?? ['127.0.0.1', '::1'];
  const serveFile = staticFiles(options.root);
  const servers = hosts.map(() => createServer());
  // A client pointed here as a forward proxy names the push host in Host (see http.ts).
  const allowedHosts =
    options.allowedHosts === true ? true : [...(options.allowedHosts ?? []), ...PUSH_HOST_NAMES];
  const relay = attachRelay(servers, { ...options, allowedHosts, ownsUpgrades: true });
  const onRequest = guardMiddleware(async (req, res) => {
    if (!isAllowedHost(req, allowedHosts)) return sendText(res, 403, blockedHost(req), true);
    if (!(await relay.handle(req, res))) await serveFile(req, res);
  }, options.log);
  for (const server of servers) server.on('request', (req, res) => onRequest(req, res, () => {}));
  for (const host of hosts) if (!['127.0.0.1', '::1'].includes(host)) warnIfWide(host, options.log);
  const { open } = await listenAll(servers, hosts, options.port).catch((error: unknown) => {
    relay.close();
    throw error;
  });
  return {
    relay,
    servers: open,
    close: async () => {
      relay.close();
      await Promise.all(open.map((s) => new Promise((done) => s.close(done))));
    },
  };
}
