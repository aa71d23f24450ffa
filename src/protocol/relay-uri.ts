// The relay's address scheme: a push-service URI with its scheme removed, put after `/relay/`.
// Pure, so the Node relay and the page compute the same mapping. (Issue #9; hosts from [S15, S16])

export const RELAY_PREFIX = '/relay/';
/** Where emulator pages open the relay's WebSocket (same origin as the app). */
export const RELAY_SOCKET_PATH = '/__tilecast/relay';

const pushHosts = [
  /^login\.live\.com$/i, // WNS token endpoint
  /^[a-z0-9-]+\.notify\.windows\.com$/i, // WNS channels
  /^[a-z0-9-]+\.notify\.live\.net$/i, // MPNS channels
];

/** Is this a host Tilecast stands in for? The relay refuses every other host. */
export const isPushHost = (host: string): boolean => pushHosts.some((re) => re.test(host));

/**
 * The real URL for a host and a path-with-query. MPNS throttled channels are plain `http://`,
 * its unthrottled (authenticated) ones and everything WNS is `https://`.
 */
export function realUrl(host: string, pathAndQuery: string): string | undefined {
  if (!isPushHost(host)) return undefined;
  const path = pathAndQuery.startsWith('/') ? pathAndQuery : `/${pathAndQuery}`;
  const mpnsThrottled =
    /\.notify\.live\.net$/i.test(host) && !/^\/unthrottledthirdparty(\/|$)/i.test(path);
  return `${mpnsThrottled ? 'http' : 'https'}://${host.toLowerCase()}${path}`;
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
  const match = /^https?:\/\/([^/?#]+)(.*)$/i.exec(uri);
  if (!match || !isPushHost(match[1]!)) return undefined;
  return `${origin.replace(/\/$/, '')}${RELAY_PREFIX}${match[1]!.toLowerCase()}${match[2] || '/'}`;
}
