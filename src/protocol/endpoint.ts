// What a URL is to the push services Tilecast stands in for: the one rule every host uses (the
// page's worker, msw/node, the relay and its CONNECT proxy, the service's dispatch and the CSP).
// Pure: the same URL gets the same answer wherever it arrives.

export type PushService = 'wns' | 'mpns';

/**
 * - `token`: the WNS OAuth token endpoint, `https://login.live.com/accesstoken.srf` [S15, S18];
 * - `channel`: a WNS channel (`https://<dc>.notify.windows.com/?token=…`) [S16, S17] or an MPNS
 *   one (`http://<dc>.notify.live.net/throttledthirdparty/01.00/…`, or `https://…` and
 *   `unthrottledthirdparty` for authenticated services) [S20, S21, S22];
 * - `webPush`: `https://wns2-<dc>p.notify.windows.com/w/?token=…`, Edge's Web Push endpoint on the
 *   WNS hosts [S36]: WNS answers it, so Tilecast's WNS does too (it issues no such channel: 404).
 */
export type Endpoint =
  { service: 'wns'; kind: 'token' | 'channel' | 'webPush' } | { service: 'mpns'; kind: 'channel' };

/** The push hosts, as data: the CSP, Vite's allowed hosts and every message list these. */
export const PUSH_HOSTS = [
  // The token endpoint is HTTPS only, as are WNS channels ("POST over HTTPS"). [S15, S16]
  { name: 'login.live.com', service: 'wns', schemes: ['https'] },
  { name: '*.notify.windows.com', service: 'wns', schemes: ['https'] },
  // MPNS: http for unauthenticated services, https for authenticated ones. [S20, S21]
  { name: '*.notify.live.net', service: 'mpns', schemes: ['http', 'https'] },
] as const satisfies readonly { name: string; service: PushService; schemes: string[] }[];

/** "login.live.com, *.notify.windows.com, *.notify.live.net", for messages to people. */
export const PUSH_HOST_LIST = PUSH_HOSTS.map((h) => h.name).join(', ');

// One DNS label before the service's domain, as every real data-centre name is (db5, dm3p,
// wns2-by3p, cloud). [S17, S20]
const label = '[a-z0-9-]+';
const wnsHost = new RegExp(`^${label}\\.notify\\.windows\\.com$`);
const mpnsHost = new RegExp(`^${label}\\.notify\\.live\\.net$`);

/** Which service a bare host name (no port) belongs to; undefined for any other host. */
export function serviceOfHost(host: string): PushService | undefined {
  const name = host.toLowerCase();
  if (name === 'login.live.com' || wnsHost.test(name)) return 'wns';
  if (mpnsHost.test(name)) return 'mpns';
  return undefined;
}

/** Is this a host Tilecast stands in for? The relay and the CONNECT proxy refuse every other. */
export const isPushHost = (host: string): boolean => serviceOfHost(host) !== undefined;

/**
 * What `url` is to the push services, or undefined when Tilecast does not answer it: another
 * host, a port other than the scheme's own, a scheme the host is not served on (WNS is HTTPS
 * only), or a login.live.com path other than the token endpoint.
 */
export function classify(url: string): Endpoint | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  // The URL parser lower-cases the host and drops a default port: a port left over is not one.
  if (parsed.port !== '') return undefined;
  const scheme = parsed.protocol.slice(0, -1);
  const host = parsed.hostname;
  if (host === 'login.live.com') {
    if (scheme !== 'https' || parsed.pathname.toLowerCase() !== '/accesstoken.srf')
      return undefined;
    return { service: 'wns', kind: 'token' };
  }
  if (wnsHost.test(host)) {
    if (scheme !== 'https') return undefined;
    return { service: 'wns', kind: /^\/w(\/|$)/i.test(parsed.pathname) ? 'webPush' : 'channel' };
  }
  if (mpnsHost.test(host) && (scheme === 'http' || scheme === 'https'))
    return { service: 'mpns', kind: 'channel' };
  return undefined;
}

/**
 * The scheme a push URL has when only its host and path are known (a relay URI, a request that
 * came with a push host in `Host`): MPNS throttled channels are plain `http://`, its unthrottled
 * (authenticated) ones and everything WNS `https://`. [S20, S22]
 */
export function schemeFor(host: string, path: string): 'http' | 'https' {
  return serviceOfHost(host) === 'mpns' && !/^\/unthrottledthirdparty(\/|$)/i.test(path)
    ? 'http'
    : 'https';
}
