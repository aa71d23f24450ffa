import type { IncomingMessage } from 'node:http';
import { PUSH_HOSTS } from '../protocol/endpoint.ts';

/**
 * Host names a push client may put in Host when it points its connection here (forward proxy),
 * in Vite's `allowedHosts` spelling: `*.notify.windows.com` is `.notify.windows.com`.
 */
export const PUSH_HOST_NAMES = PUSH_HOSTS.map(({ name }) => name.replace(/^\*/, ''));

/** `Host` minus its port: `[::1]:4173` → `[::1]`, `localhost:80` → `localhost`. */
const hostName = (host: string) => host.replace(/:\d*$/, '').toLowerCase();

/**
 * Names a DNS rebinding cannot fake: IP literals, localhost and *.localhost (browsers resolve
 * those to loopback themselves), and the names the user allowed (Vite's `allowedHosts`;
 * a leading dot allows the name and its subdomains). `true` allows any name.
 */
export function isAllowedHostName(name: string, allowedHosts: string[] | true = []): boolean {
  return (
    allowedHosts === true ||
    /^(\d+\.){3}\d+$/.test(name) ||
    /^\[[0-9a-f:.]+\]$/.test(name) ||
    name === 'localhost' ||
    name.endsWith('.localhost') ||
    allowedHosts.some((h) =>
      h.startsWith('.') ? name.endsWith(h) || name === h.slice(1) : name === h.toLowerCase(),
    )
  );
}

/**
 * Is the request's Host one this server answers to? A DNS-rebound page sends its own name
 * (`evil.example`) as Host, so refusing unknown names keeps it from reading the answers.
 * A request without Host (HTTP/1.0) comes from no browser and is let through.
 */
export function isAllowedHost(req: IncomingMessage, allowedHosts: string[] | true = []): boolean {
  const host = req.headers.host;
  return host === undefined || isAllowedHostName(hostName(host), allowedHosts);
}

/**
 * Only the emulator page itself may become the phone: its Origin must be this very server
 * (same host and port the socket was opened on). A page from any other site is refused, so a
 * web page in another tab cannot read what back ends push. The host must also be one a DNS
 * rebinding cannot fake: an IP literal, localhost, or a name the user allowed.
 */
export function isOwnOrigin(req: IncomingMessage, allowedHosts: string[] | true = []): boolean {
  const origin = req.headers.origin;
  if (!origin || !req.headers.host) return false;
  try {
    const parsed = new URL(origin);
    if (!['http:', 'https:'].includes(parsed.protocol) || parsed.host !== req.headers.host)
      return false;
    return isAllowedHostName(parsed.hostname.toLowerCase(), allowedHosts);
  } catch {
    return false;
  }
}

/**
 * Why a relayed request is refused as coming from a web page other than the emulator, or
 * undefined. Back ends send neither `Origin` nor `Sec-Fetch-Site`; a browser sends them on every
 * cross-site request it can be made to send (a `no-cors` POST included), and cannot forge them.
 * `Sec-Fetch-Site: none` is the user's own navigation (address bar, bookmark): no site sent it.
 */
export function foreignCaller(
  req: IncomingMessage,
  allowedHosts: string[] | true = [],
): string | undefined {
  const site = req.headers['sec-fetch-site'];
  const origin = req.headers.origin;
  const foreignSite = site !== undefined && site !== 'same-origin' && site !== 'none';
  if (!foreignSite && (origin === undefined || isOwnOrigin(req, allowedHosts))) return undefined;
  const who = origin && origin !== 'null' ? `the web page at ${origin}` : 'another web page';
  return (
    `Tilecast's relay refused a request from ${who}: only back ends (which send no Origin) and ` +
    'the emulator page itself may push through the relay. This keeps web sites you visit from ' +
    'pushing to your emulator.'
  );
}
