import type { WnsOptions } from '../../protocol/wns/headers';
import type { WnsDelivery } from '../state';
import type { CachedNotification, WnsServiceState } from './wns-state';

/** Tile and badge notifications expire 3 days after download unless X-WNS-TTL says otherwise. [S15] */
export const WNS_DEFAULT_EXPIRY_MS = 3 * 24 * 3600 * 1000;
/** With the notification queue on, WNS keeps up to five tiles per app while offline. [S15, S37] */
export const WNS_CACHED_TILES_WITH_QUEUE = 5;

/** When a notification stops being worth showing: X-WNS-TTL from receipt, else 3 days (tile, badge). */
export function expiryOf(options: WnsOptions, receivedAt: number): number | undefined {
  if (options.ttlSeconds !== undefined) return receivedAt + options.ttlSeconds * 1000;
  if (options.type === 'wns/tile' || options.type === 'wns/badge') {
    return receivedAt + WNS_DEFAULT_EXPIRY_MS;
  }
  return undefined;
}

export type CacheDecision =
  | { cached: true; wns: WnsServiceState; replaced: { msgId: string; reason: string }[] }
  | { cached: false; reason: string };

const sameApp = (a: WnsDelivery, b: WnsDelivery) => a.appId === b.appId;
const isType = (d: WnsDelivery, type: WnsOptions['type']) =>
  d.match === undefined && d.type === type;

/**
 * What WNS does with an accepted notification while the phone is offline (SPEC §2.6, the
 * Windows 8 rule): one badge and one tile per app (five tiles with the notification queue, the
 * same X-WNS-Tag replacing), raw only with `X-WNS-Cache-Policy: cache` (one per app), toasts
 * never. A DELETE command always waits for the phone. [S15, S37, S41]
 */
export function cacheWhileOffline(wns: WnsServiceState, delivery: WnsDelivery): CacheDecision {
  const { options } = delivery;
  const expiresAt = delivery.expiresAt ?? Number.POSITIVE_INFINITY;
  const entry: CachedNotification = { delivery, expiresAt };
  if (delivery.match)
    return { cached: true, wns: { ...wns, cache: [...wns.cache, entry] }, replaced: [] };
  if (options.type === 'wns/toast') {
    return { cached: false, reason: 'the phone is offline and WNS never caches toasts' };
  }
  if (options.cachePolicy === 'no-cache') {
    return { cached: false, reason: 'the phone is offline and X-WNS-Cache-Policy is no-cache' };
  }
  const siblings = wns.cache.filter(
    (c) => sameApp(c.delivery, delivery) && isType(c.delivery, options.type),
  );
  let evicted: CachedNotification[];
  if (options.type === 'wns/tile' && wns.notificationQueue[delivery.appId]) {
    const sameTag =
      options.tag === undefined
        ? []
        : siblings.filter((c) => c.delivery.options.tag === options.tag);
    const rest = siblings.filter((c) => !sameTag.includes(c));
    const overflow = rest.length + 1 - WNS_CACHED_TILES_WITH_QUEUE;
    evicted = [...sameTag, ...(overflow > 0 ? rest.slice(0, overflow) : [])];
  } else {
    evicted = siblings;
  }
  const kind = options.type.slice(4);
  return {
    cached: true,
    wns: { ...wns, cache: [...wns.cache.filter((c) => !evicted.includes(c)), entry] },
    replaced: evicted.map((c) => ({
      msgId: c.delivery.msgId,
      reason: `replaced in the offline cache by a newer ${kind} (${delivery.msgId})`,
    })),
  };
}

/** Drops cached notifications whose TTL (or 3-day default) has run out; they are never delivered. */
export function expireCache(
  wns: WnsServiceState,
  now: number,
): { wns: WnsServiceState; expired: { msgId: string; reason: string }[] } {
  const gone = wns.cache.filter((c) => now >= c.expiresAt);
  if (gone.length === 0) return { wns, expired: [] };
  return {
    wns: { ...wns, cache: wns.cache.filter((c) => now < c.expiresAt) },
    expired: gone.map((c) => ({
      msgId: c.delivery.msgId,
      reason:
        c.delivery.options.ttlSeconds !== undefined
          ? `X-WNS-TTL of ${c.delivery.options.ttlSeconds} s ran out while the phone was offline`
          : `the ${c.delivery.options.type.slice(4)} expired after 3 days in the offline cache`,
    })),
  };
}

/** The phone is back: everything still cached goes out, in the order WNS received it. */
export function flushCache(wns: WnsServiceState): {
  wns: WnsServiceState;
  deliveries: WnsDelivery[];
} {
  return { wns: { ...wns, cache: [] }, deliveries: wns.cache.map((c) => c.delivery) };
}
