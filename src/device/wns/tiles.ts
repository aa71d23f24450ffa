import type { WnsTileNotification } from '../../protocol/notification';
import type { WnsTileSize } from '../../protocol/wns/tile-templates';
import type { DeviceEvent, DeviceResult } from '../events';
import type { DeviceState, WnsIncoming } from '../state';
import { initialWnsTile, type WnsTileItem, type WnsTileState } from './tile-state';
import { bindingAt, heldReason, keptItems, revealed } from './tile-sizes';

export const wnsTileOf = (state: DeviceState, appId: string): WnsTileState =>
  state.wnsTiles[appId] ?? initialWnsTile();

const withTile = (state: DeviceState, appId: string, tile: WnsTileState): DeviceState => ({
  ...state,
  wnsTiles: { ...state.wnsTiles, [appId]: tile },
});

/**
 * A tile update reaches the Start screen. The tile keeps every binding and shows the one for
 * its current size; an update without one is held, not dropped, and shows if the user resizes
 * the tile before it expires (SPEC §2.7 binding) [S56]. With the notification queue on, up to
 * five updates cycle and the same X-WNS-Tag replaces; without it, the newest replaces all that
 * it has a binding for. [S15, S44]
 */
export function applyWnsTile(
  state: DeviceState,
  incoming: WnsIncoming,
  notification: WnsTileNotification,
  now: number,
): DeviceResult {
  const { appId, msgId } = incoming;
  const tile = wnsTileOf(state, appId);
  const binding = notification.bindings.find((b) => b.size === tile.size);
  const seq = state.seq + 1;
  const tag = incoming.options.tag;
  const item: WnsTileItem = {
    id: `tile-${seq}`,
    msgId,
    tag,
    bindings: notification.bindings,
    ...(!binding && { held: true }),
    receivedAt: now,
    expiresAt: incoming.expiresAt,
  };
  const sameTag = (i: WnsTileItem) => tile.queueEnabled && tag !== undefined && i.tag === tag;
  const replaced = tile.items.some(sameTag);
  const items = keptItems([item, ...tile.items.filter((i) => !sameTag(i))], tile.queueEnabled);
  const next = {
    ...withTile(state, appId, { ...tile, items, previous: { itemId: item.id, items: tile.items } }),
    seq,
  };
  if (!binding) {
    const reason = heldReason(notification.bindings, tile.size);
    return { state: next, events: [{ kind: 'TileHeld', appId, msgId, item, reason }] };
  }
  const detail = `tile ${binding.template}${replaced ? ` (replaced tag ${tag})` : ''}`;
  return {
    state: next,
    events: [{ kind: 'TileUpdated', service: 'wns', appId, msgId, item, size: tile.size, detail }],
  };
}

/**
 * Tile updates past their expiry leave the tile, held ones too; each app's with one
 * `TileExpired` event. [S15]
 */
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

/** The app turns its notification queue on or off; off keeps what shows at each size. */
export function setWnsTileQueue(state: DeviceState, appId: string, enabled: boolean): DeviceState {
  const tile = wnsTileOf(state, appId);
  return withTile(state, appId, {
    ...tile,
    queueEnabled: enabled,
    items: enabled ? tile.items : keptItems(tile.items, false),
  });
}

/**
 * The user resizes the tile on Start: it shows each update's binding for the new size, and
 * updates that were held for that size show now. `revealed` names them, for their journal fate.
 */
export function resizeWnsTile(state: DeviceState, appId: string, size: WnsTileSize): DeviceResult {
  const resized = { ...wnsTileOf(state, appId), size };
  const shown = revealed(resized);
  const ids = new Set(shown.map((i) => i.id));
  const items = resized.items.map((i) => (ids.has(i.id) ? { ...i, held: undefined } : i));
  return {
    state: withTile(state, appId, { ...resized, items }),
    // A held update's journal entry ends with what the user now sees.
    events: shown.map((item) => ({
      kind: 'TileUpdated',
      service: 'wns',
      appId,
      msgId: item.msgId,
      item,
      size,
      detail: `tile ${bindingAt(item, size)!.template} after the tile was resized to ${size}`,
    })),
  };
}

/** The user resizes the tile on Start. */
export const setWnsTileSize = (state: DeviceState, appId: string, size: WnsTileSize): DeviceState =>
  resizeWnsTile(state, appId, size).state;
