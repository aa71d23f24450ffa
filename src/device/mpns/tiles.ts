import type { MpnsTileTemplate, MpnsTileUpdate } from '../../protocol/mpns/tiles';
import type { DeviceState } from '../state';
import type { WpTileSize, WpTileState } from './types';

/** Primary tile id = app id; a secondary tile is keyed by its app and navigation URI. */
export const wpTileId = (appId: string, navigationUri?: string) =>
  navigationUri ? `${appId} ${navigationUri}` : appId;

/** The WP7 layout is the Flip layout's front and back; WP8 treats one as the other. [S1, S6] */
const family = (t: MpnsTileTemplate) => (t === 'Tile' ? 'FlipTile' : t);

export type MergeResult =
  { ok: true; tile: WpTileState; detail: string } | { ok: false; reason: string };

/**
 * Merges an update into a tile: elements left out stay unchanged, `Action="Clear"` resets one
 * property. A tile's template cannot change after creation. [S1, S2, S6–S8, S33]
 */
export function mergeTile(
  current: WpTileState | undefined,
  appId: string,
  update: MpnsTileUpdate,
  now: number,
): MergeResult {
  const navigationUri = update.id || undefined;
  if (current && family(current.template) !== family(update.template))
    return {
      ok: false,
      reason: `the tile is a ${current.template}; its template cannot change to ${update.template}`,
    };
  const properties = { ...current?.properties };
  for (const change of update.changes) {
    if (change.clear) delete properties[change.name];
    else properties[change.name] = change.value;
  }
  const template =
    current && !(current.template === 'Tile' && update.template === 'FlipTile')
      ? current.template
      : update.template;
  const which = navigationUri ? `secondary tile ${navigationUri}` : 'primary tile';
  const set = update.changes.filter((c) => !c.clear).map((c) => c.name);
  const cleared = update.changes.filter((c) => c.clear).map((c) => c.name);
  const parts = [
    set.length && `set ${set.join(', ')}`,
    cleared.length && `cleared ${cleared.join(', ')}`,
  ];
  return {
    ok: true,
    tile: {
      tileId: wpTileId(appId, navigationUri),
      appId,
      navigationUri,
      template,
      properties,
      ...(current?.size && { size: current.size }),
      updatedAt: now,
    },
    detail: `${which} updated${parts.some(Boolean) ? `: ${parts.filter(Boolean).join('; ')}` : ''}`,
  };
}

/** The user resizes a Windows Phone tile on Start; its properties already cover every size. */
export function setWpTileSize(state: DeviceState, tileId: string, size: WpTileSize): DeviceState {
  const tile = state.wpTiles?.[tileId];
  if (!tile || tile.size === size) return state;
  return { ...state, wpTiles: { ...state.wpTiles, [tileId]: { ...tile, size } } };
}
