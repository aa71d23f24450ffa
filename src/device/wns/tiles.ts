import type { WnsTileNotification } from '../../protocol/notification';
import type { WnsTileSize } from '../../protocol/wns/tile-templates';
import type { DeviceState, Outcome, WnsIncoming } from '../state';
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
): { state: DeviceState; outcome: Outcome } {
  const tile = wnsTileOf(state, incoming.appId);
  const binding = notification.bindings.find((b) => b.size === tile.size);
  const seq = state.seq + 1;
  const tag = incoming.options.tag;
  const item: WnsTileItem = {
    id: `tile-${seq}`,
    msgId: incoming.msgId,
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
    ...withTile(state, incoming.appId, {
      ...tile,
      items,
      previous: { itemId: item.id, items: tile.items },
    }),
    seq,
  };
  const outcome: Outcome = binding
    ? {
        kind: 'shown',
        detail: `tile ${binding.template}${replaced ? ` (replaced tag ${tag})` : ''}`,
      }
    : { kind: 'held', reason: heldReason(notification.bindings, tile.size) };
  return { state: next, outcome };
}

/** Tile updates past their expiry leave the tile, held ones too. [S15] */
export function expireWnsTiles(state: DeviceState, now: number): DeviceState {
  let changed = false;
  const wnsTiles = Object.fromEntries(
    Object.entries(state.wnsTiles).map(([appId, tile]) => {
      const items = tile.items.filter((i) => i.expiresAt === undefined || now < i.expiresAt);
      if (items.length !== tile.items.length) changed = true;
      return [appId, { ...tile, items }];
    }),
  );
  return changed ? { ...state, wnsTiles } : state;
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
export function resizeWnsTile(
  state: DeviceState,
  appId: string,
  size: WnsTileSize,
): { state: DeviceState; revealed: { msgId: string; detail: string }[] } {
  const resized = { ...wnsTileOf(state, appId), size };
  const shown = revealed(resized);
  const ids = new Set(shown.map((i) => i.id));
  const items = resized.items.map((i) => (ids.has(i.id) ? { ...i, held: undefined } : i));
  return {
    state: withTile(state, appId, { ...resized, items }),
    revealed: shown.map((i) => ({
      msgId: i.msgId,
      detail: `tile ${bindingAt(i, size)!.template} after the tile was resized to ${size}`,
    })),
  };
}

/** The user resizes the tile on Start. */
export const setWnsTileSize = (state: DeviceState, appId: string, size: WnsTileSize): DeviceState =>
  resizeWnsTile(state, appId, size).state;
