// Which emulator page a relayed request goes to. Each page claims the channels and app
// credentials its own push service issued; a request goes to the page that owns what it names:
//   1. a channel URL (WNS or MPNS)          → the page that claims that channel;
//   2. the token endpoint (login.live.com)  → the page that claims the form's `client_id`;
//   3. anything else, or nothing claimed    → the active page, which answers as WNS/MPNS would
//                                             for a channel or client it does not know (404/400).
// When several pages claim the same thing (two tabs reset with one seed), the active page wins
// if it is among them, else the one that connected first: one answer, never a guess per request.
import { channelKey } from '../protocol/channel-key.ts';
import { classify } from '../protocol/endpoint.ts';
import type { TunnelClaims } from '../protocol/tunnel.ts';

/** What one page owns, in the keys requests are looked up by. */
export type Claims = { channels: ReadonlySet<string>; clients: ReadonlySet<string> };

export const noClaims: Claims = { channels: new Set(), clients: new Set() };

/** A page's claims message as lookup sets; a URI that names no channel is simply left out. */
export function claimsFrom(message: Pick<TunnelClaims, 'channels' | 'clients'>): Claims {
  const channels = new Set<string>();
  for (const uri of message.channels) {
    const key = channelKey(uri);
    if (key) channels.add(key);
  }
  return { channels, clients: new Set(message.clients) };
}

/** What a request names: a channel, a token request's client, or nothing a page can own. */
export type Owned = { channel: string } | { client: string } | undefined;

/**
 * `url` is the real URL the relay computed; `body` is read only for the token endpoint, whose
 * form names the app (`client_id`, a Package SID). [S16]
 */
export function ownedBy(url: string, body: () => string): Owned {
  if (classify(url)?.kind === 'token') {
    const client = new URLSearchParams(body()).get('client_id');
    return client ? { client } : undefined;
  }
  const channel = channelKey(url);
  return channel ? { channel } : undefined;
}

/** The page that answers: the owner of what the request names, else the active page. */
export function routeTo<P>(
  pages: readonly { page: P; claims: Claims }[],
  active: P | undefined,
  owned: Owned,
): P | undefined {
  if (!owned) return active;
  const owns = (claims: Claims) =>
    'channel' in owned ? claims.channels.has(owned.channel) : claims.clients.has(owned.client);
  const owners = pages.filter((p) => owns(p.claims)).map((p) => p.page);
  if (active !== undefined && owners.includes(active)) return active;
  return owners[0] ?? active;
}
