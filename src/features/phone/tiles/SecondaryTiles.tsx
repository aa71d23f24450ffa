import { tileServiceOf } from '../../../store';
import { useTilecast, useTilecastShallow } from '../../../store/react';
import { WpTile } from './WpTile';

/** Secondary tiles an app pinned (MPNS `wp:Tile Id`), after the app tiles. */
export function SecondaryTiles() {
  const ids = useTilecastShallow((s) =>
    Object.values(s.device.wpTiles ?? {})
      .filter((t) => t.navigationUri && tileServiceOf(s.device, t.appId) === 'mpns')
      .map((t) => t.tileId),
  );
  return ids.map((id) => <SecondaryTile key={id} tileId={id} />);
}

function SecondaryTile({ tileId }: { tileId: string }) {
  const tile = useTilecast((s) => s.device.wpTiles?.[tileId]);
  const app = useTilecast((s) => (tile ? s.device.apps[tile.appId] : undefined));
  if (!tile || !app) return null;
  return (
    <WpTile
      tile={tile}
      appName={app.name}
      color={app.tileColor}
      label={`${app.name} secondary tile ${tile.navigationUri}`}
    />
  );
}
