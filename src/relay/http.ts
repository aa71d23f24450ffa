import type { IncomingMessage, ServerResponse } from 'node:http';
import { isPushHost, realUrl, realUrlFromRelayPath, RELAY_PREFIX } from '../protocol/relay-uri.ts';
import { encodeBase64, type Header } from '../protocol/tunnel.ts';
import type { HubResult, RelayHub } from './hub.ts';

/** Bodies above this are refused before they reach the page (the services' own limits are far lower). */
export const MAX_BODY_BYTES = 1024 * 1024;

// Hop-by-hop and connection headers belong to this HTTP hop, not to the push service's request.
const hopByHop = new Set([
  'host',
  'connection',
  'keep-alive',
  'proxy-connection',
  'proxy-authorization',
  'transfer-encoding',
  'te',
  'trailer',
  'upgrade',
  'content-length',
]);

/**
 * Which push-service URL a request is for: `/relay/<host>…`, an absolute-form target
 * (`POST http://sn1.notify.live.net/… HTTP/1.1`, as a forward proxy receives it), or a request
 * whose Host header is itself a push host (a client whose connection was pointed here).
 */
export function targetOf(req: IncomingMessage): string | undefined {
  const target = req.url ?? '/';
  if (target.startsWith(RELAY_PREFIX)) return realUrlFromRelayPath(target) ?? '';
  const absolute = /^https?:\/\/([^/?#]+)(.*)$/i.exec(target);
  if (absolute) return realUrl(absolute[1]!, absolute[2] || '/') ?? '';
  const host = (req.headers.host ?? '').replace(/:\d+$/, '');
  return isPushHost(host) ? realUrl(host, target) : undefined;
}

const send = (res: ServerResponse, status: number, text: string) => {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(`${text}\n`);
};

/** Reads the body, or undefined as soon as it passes the limit. */
async function readBody(req: IncomingMessage): Promise<Uint8Array | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(chunk);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

/** Node middleware: relays push-service requests, calls `next` for everything else. */
/** Where relayed requests go: the hub's pages, or (headless) this process's own phone. */
export type Forwarder = Pick<RelayHub, 'forward'>;

export function relayMiddleware(hub: Forwarder, emulatorUrl: (req: IncomingMessage) => string) {
  return async (req: IncomingMessage, res: ServerResponse, next?: () => void): Promise<void> => {
    const url = targetOf(req);
    if (url === undefined) {
      if (next) next();
      else send(res, 404, 'Not found');
      return;
    }
    if (url === '')
      return send(
        res,
        404,
        'Tilecast relays only push-service hosts: login.live.com, *.notify.windows.com, *.notify.live.net.',
      );
    const declared = Number(req.headers['content-length'] ?? 0);
    const body = declared > MAX_BODY_BYTES ? undefined : await readBody(req);
    if (!body) {
      res.setHeader('Connection', 'close');
      return send(res, 413, `Tilecast's relay accepts bodies up to ${MAX_BODY_BYTES} bytes.`);
    }
    const headers: Header[] = [];
    for (let i = 0; i < req.rawHeaders.length; i += 2) {
      const name = req.rawHeaders[i]!;
      if (!hopByHop.has(name.toLowerCase())) headers.push([name, req.rawHeaders[i + 1]!]);
    }
    const from = `${req.socket.remoteAddress ?? 'unknown'}:${req.socket.remotePort ?? 0}`;
    const result = await hub.forward({
      method: req.method ?? 'GET',
      url,
      headers,
      body: encodeBase64(body),
      from,
    });
    reply(res, result, emulatorUrl(req));
  };
}

function reply(res: ServerResponse, result: HubResult, emulatorUrl: string): void {
  switch (result.kind) {
    case 'answer': {
      // Unchanged means unchanged: drop what a host's earlier middleware (Vite's CORS) set.
      for (const name of res.getHeaderNames()) res.removeHeader(name);
      const raw = result.headers.flat();
      // Framing, not content: say the length rather than fall back to chunked encoding.
      if (!result.headers.some(([name]) => name.toLowerCase() === 'content-length'))
        raw.push('content-length', String(result.body.byteLength));
      res.writeHead(result.status, result.statusText || undefined, raw);
      res.end(result.body);
      return;
    }
    case 'noPage':
      return send(
        res,
        503,
        `No Tilecast emulator is open. Open ${emulatorUrl} in a browser, then send again.`,
      );
    case 'timeout':
      return send(res, 504, 'The Tilecast emulator page did not answer within 10 seconds.');
    case 'pageGone':
      return send(res, 502, 'The Tilecast emulator page closed before it answered.');
  }
}
