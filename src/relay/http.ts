import type { IncomingMessage, ServerResponse } from 'node:http';
import { classify, PUSH_HOST_LIST } from '../protocol/endpoint.ts';
import { isPushHost, realUrl, realUrlFromRelayPath, RELAY_PREFIX } from '../protocol/relay-uri.ts';
import { encodeBase64, type Header } from '../protocol/tunnel.ts';
import { contentHeaders } from '../protocol/tunnel-answer.ts';
import { bodyReader, MAX_BODY_BYTES, type BodyLimits } from './body.ts';
import { foreignCaller, isAllowedHost } from './hosts.ts';
import type { HubResult, RelayHub } from './hub.ts';

export { MAX_BODY_BYTES } from './body.ts';

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
  // Absolute form names its scheme: it is classified as sent (an http WNS URI is no endpoint).
  if (/^https?:\/\//i.test(target)) return classify(target) ? new URL(target).href : '';
  const host = (req.headers.host ?? '').replace(/:\d+$/, '');
  return isPushHost(host) ? realUrl(host, target) : undefined;
}

/** A plain-text answer from the relay itself (never one of the page's). */
export function sendText(res: ServerResponse, status: number, text: string, close = false): void {
  if (res.headersSent || res.destroyed) return;
  // Drop what a host's earlier middleware set (CORS headers say nothing true about the relay).
  for (const name of res.getHeaderNames()) res.removeHeader(name);
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    ...(close ? { Connection: 'close' } : {}),
  });
  res.end(`${text}\n`);
}

/** Where relayed requests go: the hub's pages, or (headless) this process's own phone. */
export type Forwarder = Pick<RelayHub, 'forward'>;

export type RelayHttpOptions = {
  allowedHosts?: string[] | true;
  bodyLimits?: BodyLimits;
};

/**
 * Relays push-service requests to the page. Resolves true when it answered (or the caller left),
 * false when the request is not for the relay and the host should serve it. Bad input is
 * answered here; only a bug rejects (the host's guard turns that into a 500).
 */
export function relayHandler(
  hub: Forwarder,
  emulatorUrl: (req: IncomingMessage) => string,
  options: RelayHttpOptions = {},
) {
  const readBody = bodyReader(options.bodyLimits);
  return async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    const url = targetOf(req);
    if (url === undefined) return false;
    if (!isAllowedHost(req, options.allowedHosts)) {
      sendText(res, 403, blockedHost(req), true);
      return true;
    }
    const foreign = foreignCaller(req, options.allowedHosts);
    if (foreign) {
      sendText(res, 403, foreign, true);
      return true;
    }
    if (url === '') {
      sendText(
        res,
        404,
        `Tilecast relays only push-service endpoints (${PUSH_HOST_LIST}), not ${req.url ?? '/'}.`,
      );
      return true;
    }
    const read = await readBody(req);
    switch (read.kind) {
      case 'aborted':
        return true; // the caller hung up mid-body: no one to answer, nothing to journal
      case 'tooLarge':
        sendText(res, 413, `Tilecast's relay accepts bodies up to ${MAX_BODY_BYTES} bytes.`, true);
        return true;
      case 'timeout':
        sendText(
          res,
          408,
          "The request body did not arrive in time; Tilecast's relay gave up.",
          true,
        );
        return true;
      case 'busy':
        sendText(
          res,
          503,
          "Tilecast's relay is reading too many request bodies at once. Send again in a moment.",
          true,
        );
        return true;
    }
    const headers: Header[] = [];
    for (let i = 0; i < req.rawHeaders.length; i += 2) {
      const name = req.rawHeaders[i]!;
      if (!hopByHop.has(name.toLowerCase())) headers.push([name, req.rawHeaders[i + 1]!]);
    }
    const result = await hub.forward({
      method: req.method ?? 'GET',
      url,
      headers,
      body: encodeBase64(read.bytes),
      from: `${req.socket.remoteAddress ?? 'unknown'}:${req.socket.remotePort ?? 0}`,
      ...(req.headers.origin ? { origin: req.headers.origin } : {}),
    });
    // A back end whose client timed out is gone: writing to it would only raise errors.
    if (!res.destroyed) reply(res, result, emulatorUrl(req));
    return true;
  };
}

/** The 403 text for a Host this server does not answer to (DNS rebinding). */
export const blockedHost = (req: IncomingMessage) =>
  `Blocked host: Tilecast answers only to IP addresses, localhost and the names it was told ` +
  `to allow, not to ${JSON.stringify(req.headers.host ?? '')}. This stops other web sites ` +
  `from reaching it through their own DNS names.`;

// RFC 9110 §6.4.1: these statuses carry no body, so no Content-Length either.
const bodiless = (status: number) => status === 204 || status === 304;

function reply(res: ServerResponse, result: HubResult, emulatorUrl: string): void {
  switch (result.kind) {
    case 'answer': {
      // Unchanged means unchanged: drop what a host's earlier middleware (Vite's CORS) set.
      for (const name of res.getHeaderNames()) res.removeHeader(name);
      const raw = contentHeaders(result.headers).flat();
      // Framing, not content: say the length rather than fall back to chunked encoding.
      if (!bodiless(result.status)) raw.push('content-length', String(result.body.byteLength));
      res.writeHead(result.status, result.statusText || undefined, raw);
      res.end(bodiless(result.status) ? undefined : result.body);
      return;
    }
    case 'badAnswer':
      return sendText(
        res,
        502,
        `The Tilecast emulator page gave an answer that is not valid HTTP: ${result.problem}.`,
      );
    case 'noPage':
      return sendText(
        res,
        503,
        `No Tilecast emulator is open. Open ${emulatorUrl} in a browser, then send again.`,
      );
    case 'timeout':
      return sendText(res, 504, 'The Tilecast emulator page did not answer within 10 seconds.');
    case 'pageGone':
      return sendText(res, 502, 'The Tilecast emulator page closed before it answered.');
  }
}
