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
    const apps = appOrder.map((id) =>
      [
        id,
        '',
        wpTiles[id]?.size ?? (wpTiles[id] ? 'medium' : (wnsTiles[id]?.size ?? 'medium')),
      ].join(SEP),
    );
    const secondary = Object.values(wpTiles)
      .filter((t) => t.navigationUri)
      .map((t) => [t.appId, t.tileId, t.size ?? 'medium'].join(SEP));
    return [...apps, ...secondary];
  });
  return rows.map((row) => {
    const [appId = '', tileId, size = 'medium'] = row.split(SEP);
    return { key: tileId || appId, appId, tileId: tileId || undefined, size };
  });
}
