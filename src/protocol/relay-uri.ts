// The relay's address scheme: a push-service URI with its scheme removed, put after `/relay/`.
// Pure, so the Node relay and the page compute the same mapping; what counts as a push URI is
// endpoint.ts's one rule.
import { classify, isPushHost, schemeFor } from './endpoint.ts';

export { isPushHost } from './endpoint.ts';

export const RELAY_PREFIX = '/relay/';
/** Where emulator pages open the relay's WebSocket (same origin as the app). */
export const RELAY_SOCKET_PATH = '/__tilecast/relay';

/**
 * The real URL for a host and a path-with-query whose scheme was not sent (a relay URI, or a
 * request that named a push host in `Host`); undefined unless it is a push endpoint.
 */
export function realUrl(host: string, pathAndQuery: string): string | undefined {
  if (!isPushHost(host)) return undefined;
  const path = pathAndQuery.startsWith('/') ? pathAndQuery : `/${pathAndQuery}`;
  const url = `${schemeFor(host, path)}://${host.toLowerCase()}${path}`;
  return classify(url) ? url : undefined;
}

/** `/relay/<host><path>?<query>` → the real URL; undefined when it is not a relay path. */
export function realUrlFromRelayPath(target: string): string | undefined {
  if (!target.startsWith(RELAY_PREFIX)) return undefined;
  const rest = target.slice(RELAY_PREFIX.length);
  const end = rest.search(/[/?]/);
  const host = end === -1 ? rest : rest.slice(0, end);
  const tail = end === -1 ? '/' : rest.slice(end);
  return realUrl(host, tail.startsWith('?') ? `/${tail}` : tail);
}

/** A real channel or token URI → its relay URI on `origin` (the emulator's own address). */
export function relayUriFor(uri: string, origin: string): string | undefined {
  if (!classify(uri)) return undefined;
  // As fetch would send it: host lower-cased, default port dropped, path and query kept.
  const { hostname, pathname, search } = new URL(uri);
  return `${origin.replace(/\/$/, '')}${RELAY_PREFIX}${hostname}${pathname}${search}`;
}
