// `npx tilecast --headless`: the push service and phone of `tilecast/node`, in this server
// process, behind the same relay URLs the browser emulator uses, plus a JSON control API. For
// back ends in any language (and CI, docker-compose) that need a WNS/MPNS with no browser.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { TunnelRequest } from '../protocol/tunnel';
import { bodyReader, MAX_BODY_BYTES } from '../relay/body';
import { guardMiddleware } from '../relay/guard';
import { hubResultOf, type HubResult } from '../relay/hub';
import { isAllowedHost, PUSH_HOST_NAMES } from '../relay/hosts';
import { relayHandler } from '../relay/http';
import { listenAll, warnIfWide } from '../relay/server';
import { createTilecast, type TilecastNode } from '../transport/node';
import { answerTunnelled } from '../transport/relay-client';
import { createPushAnswer } from '../transport/answer';
import { defaultCa, type CertificateAuthority } from './ca';
import { attachConnectProxy } from './connect-proxy';
import { CONTROL_PREFIX, createControlApi, type ControlAnswer } from './control-api';

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

/** A control body as JSON: undefined when empty, or the answer that refuses it. */
async function readJson(
  read: ReturnType<typeof bodyReader>,
  req: IncomingMessage,
): Promise<{ value?: unknown; refusal?: ControlAnswer | 'aborted' }> {
  const got = await read(req);
  const refuse = (status: number, error: string) => ({ refusal: { status, body: { error } } });
  switch (got.kind) {
    case 'aborted':
      return { refusal: 'aborted' };
    case 'tooLarge':
      return refuse(413, `Control bodies are at most ${MAX_BODY_BYTES} bytes`);
    case 'timeout':
      return refuse(408, 'The control body did not arrive in time');
    case 'busy':
      return refuse(503, 'Too many bodies are being read at once; try again');
  }
  const text = Buffer.from(got.bytes).toString('utf8');
  if (text.trim() === '') return {};
  try {
    return { value: JSON.parse(text) };
  } catch (failure) {
    return refuse(400, `Malformed JSON: ${(failure as Error).message}`);
  }
}

export async function startHeadless(options: HeadlessOptions): Promise<Headless> {
  const tilecast = createTilecast({ listen: false, seed: options.seed });
  const answer = createPushAnswer(tilecast.store);
  // The relay's middleware forwards to "a page"; here the page is this process's phone.
  const local = {
    async forward(request: Omit<TunnelRequest, 'type' | 'id'>): Promise<HubResult> {
      return hubResultOf(answerTunnelled(answer, { type: 'request', id: 0, ...request }));
    },
  };
  // Push hosts are valid Host names for the relay: a forward-proxy client or the CONNECT tunnel.
  const relay = relayHandler(local, (req) => `http://${req.headers.host ?? '127.0.0.1'}/`, {
    allowedHosts: [...PUSH_HOST_NAMES, ...(options.allowedHosts ?? [])],
  });
  const control = createControlApi(tilecast);
  // The relay's limits (size, idle and total time, bodies at once) hold for control calls too.
  const readBody = bodyReader();

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
      const read = await readJson(readBody, req);
      if (read.refusal === 'aborted') return; // the caller left: nobody to answer
      if (read.refusal) return json(res, read.refusal);
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
  // Never a rejection that escapes: bad input is 400, a bug 500, and the server lives on.
  const guarded = (handler: (req: IncomingMessage, res: ServerResponse) => Promise<void>) => {
    const middleware = guardMiddleware(handler);
    return (req: IncomingMessage, res: ServerResponse) => middleware(req, res, () => {});
  };

  const hosts = options.hosts ?? ['127.0.0.1'];
  const servers = hosts.map(() => createServer(guarded(onRequest)));
  // Inside a tunnel only the relay answers: the control API is for this server's own address.
  const stopProxy = attachConnectProxy(servers, guarded(onRelay), options.ca ?? defaultCa);
  for (const host of hosts) if (host !== '127.0.0.1' && host !== '::1') warnIfWide(host);
  const listening = await listenAll(servers, hosts, options.port).catch((error: unknown) => {
    stopProxy();
    tilecast.close();
    throw error;
  });
  const { open } = listening;
  const address = open[0]!.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const first = listening.hosts[0]!;
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
