import type { WnsTileNotification } from '../../protocol/notification';
import type { WnsTileSize } from '../../protocol/wns/tile-templates';
import type { DeviceEvent, DeviceResult } from '../events';
import type { DeviceState, WnsIncoming } from '../state';
import {
  initialWnsTile,
  WNS_TILE_QUEUE_LIMIT,
  type WnsTileItem,
  type WnsTileState,
} from './tile-state';

export type Applied =
  | { ok: true; state: DeviceState; item: WnsTileItem; size: WnsTileSize; detail: string }
  | { ok: false; reason: string; line?: number; column?: number };

const sizeNames: Record<WnsTileSize, string> = {
  small: 'small (71x71)',
  medium: 'medium (150x150)',
  wide: 'wide (310x150)',
  large: 'large (310x310)',
};

export const wnsTileOf = (state: DeviceState, appId: string): WnsTileState =>
  state.wnsTiles[appId] ?? initialWnsTile();

const withTile = (state: DeviceState, appId: string, tile: WnsTileState): DeviceState => ({
  ...state,
  wnsTiles: { ...state.wnsTiles, [appId]: tile },
});

/**
 * A tile update reaches the Start screen: the binding for the tile's current size is shown; a
 * notification without one is not shown (SPEC §2.7). With the notification queue on, up to five
 * updates cycle and the same X-WNS-Tag replaces; without it, the newest replaces all. [S15, S44]
 */
export function applyWnsTile(
  state: DeviceState,
  incoming: WnsIncoming,
  notification: WnsTileNotification,
  now: number,
): Applied {
  const tile = wnsTileOf(state, incoming.appId);
  const binding = notification.bindings.find((b) => b.size === tile.size);
  if (!binding) {
    const given = notification.bindings.map((b) => b.template).join(', ');
    return {
      ok: false,
      reason: `no binding for the tile's ${sizeNames[tile.size]} size (given: ${given})`,
    };
  }
  const seq = state.seq + 1;
  const tag = incoming.options.tag;
  const item: WnsTileItem = {
    id: `tile-${seq}`,
    msgId: incoming.msgId,
    tag,
    binding,
    receivedAt: now,
    expiresAt: incoming.expiresAt,
  };
  const kept = tile.queueEnabled
    ? tile.items
        .filter((i) => tag === undefined || i.tag !== tag)
        .slice(0, WNS_TILE_QUEUE_LIMIT - 1)
    : [];
  const replaced = tile.queueEnabled && tag !== undefined && tile.items.some((i) => i.tag === tag);
  return {
    ok: true,
    state: {
      ...withTile(state, incoming.appId, {
        ...tile,
        items: [item, ...kept],
        previous: { itemId: item.id, items: tile.items },
      }),
      seq,
    },
    item,
    size: tile.size,
    detail: `tile ${binding.template}${replaced ? ` (replaced tag ${tag})` : ''}`,
  };
}

/** Tile updates past their expiry leave the tile, each app's with one `TileExpired` event. [S15] */
export function expireWnsTiles(state: DeviceState, now: number): DeviceResult {
  const events: DeviceEvent[] = [];
  let wnsTiles: DeviceState['wnsTiles'] | undefined;
  for (const [appId, tile] of Object.entries(state.wnsTiles)) {
    const gone = tile.items.filter((i) => i.expiresAt !== undefined && now >= i.expiresAt);
    if (gone.length === 0) continue;
    wnsTiles ??= { ...state.wnsTiles };
    wnsTiles[appId] = { ...tile, items: tile.items.filter((i) => !gone.includes(i)) };
    events.push({ kind: 'TileExpired', appId, itemIds: gone.map((i) => i.id) });
  }
  return wnsTiles ? { state: { ...state, wnsTiles }, events } : { state, events };
}

/** The app turns its notification queue on or off; off keeps only the newest update. */
export function setWnsTileQueue(state: DeviceState, appId: string, enabled: boolean): DeviceState {
  const tile = wnsTileOf(state, appId);
  return withTile(state, appId, {
    ...tile,
    queueEnabled: enabled,
    items: enabled ? tile.items : tile.items.slice(0, 1),
  });
}

/** The user resizes the tile on Start: later updates need a binding for the new size. */
export const setWnsTileSize = (state: DeviceState, appId: string, size: WnsTileSize): DeviceState =>
  withTile(state, appId, { ...wnsTileOf(state, appId), size });
