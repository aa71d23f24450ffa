// `npx tilecast --headless`: the push service and phone of `tilecast/node`, in this server
// process, behind the same relay URLs the browser emulator uses, plus a JSON control API. For
// back ends in any language (and CI, docker-compose) that need a WNS/MPNS with no browser.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { decodeBase64, type TunnelRequest } from '../protocol/tunnel';
import type { HubResult } from '../relay/hub';
import { answerFailure } from '../relay/guard';
import { isAllowedHost, PUSH_HOST_NAMES } from '../relay/hosts';
import { relayHandler } from '../relay/http';
import { createTilecast, type TilecastNode } from '../transport/node';
import { answerTunnelled } from '../transport/relay-client';
import { createAnswer } from '../transport/handlers';
import { defaultCa, type CertificateAuthority } from './ca';
import { attachConnectProxy } from './connect-proxy';
import { CONTROL_PREFIX, createControlApi, type ControlAnswer } from './control-api';

/** Control bodies are small JSON objects; anything larger is not a control call. */
const MAX_CONTROL_BYTES = 64 * 1024;

export type HeadlessOptions = {
  port: number;
  /** Addresses to bind; loopback only by default. */
  hosts?: string[];
  seed?: number;
  /** Host names to answer to besides IP literals, localhost and (for the relay) the push hosts. */
  allowedHosts?: string[];
  /**
   * The CA for CONNECT interception (HTTPS for unmodified clients), loaded on first use;
   * default: the one in $TILECAST_HOME.
   */
  ca?: () => CertificateAuthority;
};

export type Headless = {
  tilecast: TilecastNode;
  servers: Server[];
  /** `http://host:port` of the first listening address. */
  origin: string;
  close(): Promise<void>;
};

const json = (res: ServerResponse, { status, body, headers }: ControlAnswer) => {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...headers,
  });
  res.end(text);
};

/** A web page sends Origin or Sec-Fetch-Site; a back end sends neither. */
const fromBrowser = (req: IncomingMessage) =>
  req.headers.origin !== undefined ||
  (req.headers['sec-fetch-site'] !== undefined && req.headers['sec-fetch-site'] !== 'none');

async function readJson(req: IncomingMessage): Promise<{ value?: unknown; error?: string }> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_CONTROL_BYTES) return { error: 'too large' };
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return {};
  try {
    return { value: JSON.parse(text) };
  } catch (failure) {
    return { error: `Malformed JSON: ${(failure as Error).message}` };
  }
}

export async function startHeadless(options: HeadlessOptions): Promise<Headless> {
  const tilecast = createTilecast({ listen: false, seed: options.seed });
  const answer = createAnswer(tilecast.store);
  // The relay's middleware forwards to "a page"; here the page is this process's phone.
  const local = {
    async forward(request: Omit<TunnelRequest, 'type' | 'id'>): Promise<HubResult> {
      const reply = await answerTunnelled(answer, { type: 'request', id: 0, ...request });
      return {
        kind: 'answer',
        status: reply.status,
        statusText: reply.statusText,
        headers: reply.headers,
        body: decodeBase64(reply.body),
      };
    },
  };
  // Push hosts are valid Host names for the relay: a forward-proxy client or the CONNECT tunnel.
  const relay = relayHandler(local, (req) => `http://${req.headers.host ?? '127.0.0.1'}/`, {
    allowedHosts: [...PUSH_HOST_NAMES, ...(options.allowedHosts ?? [])],
  });
  const control = createControlApi(tilecast);

  const onControl = async (req: IncomingMessage, res: ServerResponse, route: string) => {
    // A DNS-rebound name is refused before anything else: only this machine's own names.
    if (!isAllowedHost(req, options.allowedHosts))
      return json(res, { status: 403, body: { error: `Blocked host: ${req.headers.host}` } });
    if (fromBrowser(req))
      return json(res, {
        status: 403,
        body: { error: "Tilecast's control API answers back ends, not web pages." },
      });
    const found = control(req.method ?? 'GET', route);
    if ('answer' in found) return json(res, found.answer);
    let body: unknown;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
      if (type !== 'application/json' && req.headers['content-length'] !== '0')
        return json(res, {
          status: 415,
          body: { error: 'Send control calls with Content-Type: application/json' },
        });
      const read = await readJson(req);
      if (read.error === 'too large')
        return json(res, { status: 413, body: { error: 'Control bodies are at most 64 KB' } });
      if (read.error) return json(res, { status: 400, body: { error: read.error } });
      body = read.value;
    }
    const origin = `http://${req.headers.host ?? '127.0.0.1'}`;
    // Relay URIs in answers are made absolute on the address the caller used.
    return json(res, await found.run(body, origin));
  };

  const onRelay = async (req: IncomingMessage, res: ServerResponse) => {
    if (await relay(req, res)) return;
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end(
      'Tilecast (headless) answers push-service requests under /relay/<push host>/… and its ' +
        'control API under /_tilecast/… (see the README, "From any back end").\n',
    );
  };
  const onRequest = async (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0]!;
    if (path.startsWith(CONTROL_PREFIX))
      return onControl(req, res, path.slice(CONTROL_PREFIX.length));
    await onRelay(req, res);
  };
  /** Never lets a rejection escape: bad input is 400, a bug 500, and the server lives on. */
  const guarded =
    (handler: (req: IncomingMessage, res: ServerResponse) => Promise<void>) =>
    (req: IncomingMessage, res: ServerResponse) => {
      handler(req, res).catch((error: unknown) => answerFailure(res, error, console.error));
    };

  const hosts = options.hosts ?? ['127.0.0.1'];
  const servers = hosts.map(() => createServer(guarded(onRequest)));
  // Inside a tunnel only the relay answers: the control API is for this server's own address.
  const stopProxy = attachConnectProxy(servers, guarded(onRelay), options.ca ?? defaultCa);
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
    stopProxy();
    tilecast.close();
    throw (listening[0] as PromiseRejectedResult).reason;
  }
  const open = servers.filter((_, i) => listening[i]!.status === 'fulfilled');
  const address = open[0]!.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const first = hosts[listening.findIndex((r) => r.status === 'fulfilled')]!;
  const host = first === '0.0.0.0' || first === '::' ? '127.0.0.1' : first;
  return {
    tilecast,
    servers: open,
    origin: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    close: async () => {
      stopProxy();
      tilecast.close();
      await Promise.all(open.map((s) => new Promise((done) => s.close(done))));
    },
  };
}
