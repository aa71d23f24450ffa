// HTTPS interception for unmodified clients: `HTTPS_PROXY=http://127.0.0.1:4173` (or curl -x)
// makes a client send `CONNECT login.live.com:443`; Tilecast answers 200, terminates TLS with
// a certificate for that host from its own CA, and serves the requests inside the tunnel
// exactly as the relay would (the Host header names the push host). Any other host gets 403:
// this is never a tunnel to the outside world.
import { createServer, type IncomingMessage, type RequestListener, type Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { createSecureContext, TLSSocket, type SecureContext } from 'node:tls';
import { isPushHost, PUSH_HOST_LIST } from '../protocol/endpoint';
import type { CertificateAuthority } from './ca';

/** `host:443` → host, when host is a push host and the port is HTTPS's; else undefined. */
export function connectTarget(authority: string | undefined): string | undefined {
  const match = /^([a-z0-9.-]+):(\d+)$/i.exec(authority ?? '');
  if (!match || match[2] !== '443' || !isPushHost(match[1]!)) return undefined;
  return match[1]!.toLowerCase();
}

const refuse = (socket: Duplex, status: string, text: string) => {
  socket.end(
    `HTTP/1.1 ${status}\r\nContent-Type: text/plain; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(text)}\r\nConnection: close\r\n\r\n${text}`,
  );
};

/** Adds CONNECT handling to `servers`; requests inside a tunnel go to `handle`. */
export function attachConnectProxy(
  servers: Server[],
  handle: RequestListener,
  /** Asked on the first CONNECT only: a user who never proxies never gets a CA written. */
  ca: () => CertificateAuthority,
): () => void {
  // The decrypted side: an HTTP server that never listens, fed the TLS sockets.
  const inner = createServer(handle);
  inner.on('clientError', (_error, socket) => socket.destroy());
  const contexts = new Map<string, SecureContext>();
  const contextFor = (host: string) => {
    let context = contexts.get(host);
    if (!context) {
      const leaf = ca().leafFor(host);
      context = createSecureContext({ cert: leaf.certPem, key: leaf.keyPem });
      contexts.set(host, context);
    }
    return context;
  };

  const onConnect = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => socket.destroy());
    const host = connectTarget(req.url);
    if (!host)
      return refuse(
        socket,
        '403 Forbidden',
        `Tilecast tunnels only to port 443 of the push hosts (${PUSH_HOST_LIST}), not to ${req.url}.\n`,
      );
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    if (head.length) socket.unshift(head);
    const tls = new TLSSocket(socket as never, {
      isServer: true,
      secureContext: contextFor(host),
      ALPNProtocols: ['http/1.1'],
    });
    tls.on('error', () => tls.destroy());
    inner.emit('connection', tls);
  };
  for (const server of servers) server.on('connect', onConnect);
  return () => {
    for (const server of servers) server.off('connect', onConnect);
    inner.close();
  };
}
