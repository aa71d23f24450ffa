import { tileServiceOf } from '../../../store';
import { useTilecastShallow } from '../../../store/react';

/** One tile on Start: an app's primary tile, or a secondary tile an app pinned. */
export type StartEntry = { key: string; appId: string; tileId?: string; size: string };

const SEP = '\u0000';

/**
 * Every tile on Start in order (apps in install order, then secondary tiles), with the size the
 * user gave each, for layouts that pack tiles by size (Windows 8.1 group columns).
 */
export function useStartTiles(): StartEntry[] {
  const rows = useTilecastShallow((s) => {
    const { appOrder, wpTiles = {}, wnsTiles } = s.device;
    // Only the tiles of the push service each app uses (the snapshot reports the same).
    const mpns = (appId: string) => tileServiceOf(s.device, appId) === 'mpns';
    const apps = appOrder.map((id) =>
      [
        id,
        '',
        mpns(id) && wpTiles[id] ? (wpTiles[id].size ?? 'medium') : (wnsTiles[id]?.size ?? 'medium'),
      ].join(SEP),
    );
    const secondary = Object.values(wpTiles)
      .filter((t) => t.navigationUri && mpns(t.appId))
      .map((t) => [t.appId, t.tileId, t.size ?? 'medium'].join(SEP));
    return [...apps, ...secondary];
  });
  return rows.map((row) => {
    const [appId = '', tileId, size = 'medium'] = row.split(SEP);
    return { key: tileId || appId, appId, tileId: tileId || undefined, size };
  });
}
