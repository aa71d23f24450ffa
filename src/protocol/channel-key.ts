// Which channel a push URL names, as the push service looks it up: by its token alone. Two
// spellings of one channel (host case, data centre, %2F or %2f in a WNS token, http or https on
// MPNS) are one key, so the relay routes a request to the page whose service will find it.

import { classify } from './endpoint.ts';

/** The form the service accepts for MPNS channel URIs. [S20, S22] */
const mpnsUri =
  /^https?:\/\/[a-z0-9]+\.notify\.live\.net\/(?:throttledthirdparty|unthrottledthirdparty)\/01\.00\/([A-Za-z0-9_-]+)$/i;

/** `wns:<token>` or `mpns:<token>`; undefined for anything that is not a channel URI. */
export function channelKey(url: string): string | undefined {
  const endpoint = classify(url);
  if (endpoint?.service === 'wns' && endpoint.kind === 'channel') {
    // The raw query, as the service reads it: URLSearchParams would make a stray '+' a space.
    const raw = /(?:^|&)token=([^&]*)/.exec(new URL(url).search.slice(1))?.[1];
    if (!raw) return undefined;
    try {
      return `wns:${decodeURIComponent(raw)}`;
    } catch {
      return undefined;
    }
  }
  if (endpoint?.service !== 'mpns' || url.length > 1024) return undefined;
  const token = mpnsUri.exec(url)?.[1];
  return token === undefined ? undefined : `mpns:${token}`;
}
