import type { WnsTileBinding } from '../../protocol/notification';
import type { WnsTileSize } from '../../protocol/wns/tile-templates';
import { WNS_TILE_QUEUE_LIMIT, type WnsTileItem, type WnsTileState } from './tile-state';

// Which of a tile's updates show at which size. A notification carries one binding per size;
// the tile keeps all of them and picks on every resize. A size a notification has no binding
// for is not updated by it: that size keeps showing the newest update that has one. [S56]

const sizeOrder: readonly WnsTileSize[] = ['small', 'medium', 'wide', 'large'];

/** The binding an update shows at one size, if it has one. */
export const bindingAt = (item: WnsTileItem, size: WnsTileSize): WnsTileBinding | undefined =>
  item.bindings.find((b) => b.size === size);

/**
 * The updates a tile shows at a size, newest first: with the notification queue, every queued
 * update that has a binding for it (they cycle); without, only the newest one that has.
 */
export function itemsAt(tile: WnsTileState, size: WnsTileSize = tile.size): WnsTileItem[] {
  const fitting = tile.items.filter((i) => bindingAt(i, size));
  return tile.queueEnabled ? fitting : fitting.slice(0, 1);
}

/**
 * What a tile keeps after an update: with the queue, the five newest (the same X-WNS-Tag
 * replaces, done by the caller); without it, each update that is still the newest for at least
 * one of its sizes — a wide-only update must not wipe what the medium tile shows. [S15, S56]
 */
export function keptItems(items: WnsTileItem[], queueEnabled: boolean): WnsTileItem[] {
  if (queueEnabled) return items.slice(0, WNS_TILE_QUEUE_LIMIT);
  const covered = new Set<WnsTileSize>();
  return items.filter((item) => {
    const fresh = item.bindings.some((b) => !covered.has(b.size));
    for (const b of item.bindings) covered.add(b.size);
    return fresh;
  });
}

/** The sizes a notification can show at, in size order. */
export const sizesOf = (bindings: readonly WnsTileBinding[]): WnsTileSize[] =>
  sizeOrder.filter((s) => bindings.some((b) => b.size === s));

/**
 * Why an update waits: "no binding for medium — shows at wide", and where the user resizes.
 * The journal shows it as the notification's fate ("held: …").
 */
export function heldReason(bindings: readonly WnsTileBinding[], size: WnsTileSize): string {
  const sizes = sizesOf(bindings);
  const at = sizes.length ? ` — shows at ${sizes.join(' or ')}` : '';
  return `no binding for ${size}${at} (resize the tile with its size button on Start before it expires)`;
}

/** After a resize: updates the user sees now for the first time (they were held). */
export function revealed(tile: WnsTileState): WnsTileItem[] {
  return itemsAt(tile).filter((i) => i.held);
}
