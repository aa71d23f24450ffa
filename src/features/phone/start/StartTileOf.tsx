import type { StartLayout } from '../../../renderers';
import { tileServiceOf } from '../../../store';
import { useTilecast } from '../../../store/react';
import { WnsTile } from '../tiles/WnsTile';
import { WpTile } from '../tiles/WpTile';
import type { StartEntry } from './use-start-tiles';

/** The tile for one Start entry: a Windows Phone tile if the app has one, else its WNS tile. */
export function StartTileOf({ entry, layout }: { entry: StartEntry; layout: StartLayout }) {
  const app = useTilecast((s) => s.device.apps[entry.appId]);
  // The tile of the push service the app uses: the one the snapshot reports.
  const mpns = useTilecast((s) => tileServiceOf(s.device, entry.appId) === 'mpns');
  const wpTile = useTilecast((s) =>
    mpns ? s.device.wpTiles?.[entry.tileId ?? entry.appId] : undefined,
  );
  if (!app) return null;
  if (entry.tileId) {
    if (!wpTile) return null;
    return (
      <WpTile
        tile={wpTile}
        appName={app.name}
        color={app.tileColor}
        layout={layout}
        label={`${app.name} secondary tile ${wpTile.navigationUri}`}
      />
    );
  }
  if (wpTile)
    return (
      <WpTile
        tile={wpTile}
        label={`${app.name} tile`}
        appName={app.name}
        color={app.tileColor}
        layout={layout}
      />
    );
  // An MPNS app with no tile update yet shows its plain tile, not WNS updates it had before.
  return <WnsTile appId={entry.appId} label={`${app.name} tile`} layout={layout} plain={mpns} />;
}
