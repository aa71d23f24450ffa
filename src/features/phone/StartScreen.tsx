import { tileServiceOf } from '../../store';
import { useTilecast } from '../../store/react';
import { PackageDropNotice } from './tiles/PackageDropNotice';
import { SecondaryTiles } from './tiles/SecondaryTiles';
import { useDisplay } from './tiles/use-display';
import { WnsTile } from './tiles/WnsTile';
import { WpTile } from './tiles/WpTile';

/** The Start screen: one tile per installed app, in install order, sized by the device profile. */
export function StartScreen() {
  const appOrder = useTilecast((s) => s.device.appOrder);
  const { background, paused } = useDisplay();
  return (
    <ul
      aria-label="Start screen"
      data-motion={paused ? 'paused' : 'running'}
      className="flex flex-wrap content-start gap-2 p-3"
      style={{ backgroundColor: background, minHeight: '100%' }}
    >
      {appOrder.map((appId) => (
        <Tile key={appId} appId={appId} />
      ))}
      <SecondaryTiles />
      <PackageDropNotice />
    </ul>
  );
}

function Tile({ appId }: { appId: string }) {
  const app = useTilecast((s) => s.device.apps[appId]);
  // The tile of the push service the app uses: the one the snapshot reports.
  const mpns = useTilecast((s) => tileServiceOf(s.device, appId) === 'mpns');
  const wpTile = useTilecast((s) => (mpns ? s.device.wpTiles?.[appId] : undefined));
  if (!app) return null;
  if (wpTile)
    return (
      <WpTile tile={wpTile} label={`${app.name} tile`} appName={app.name} color={app.tileColor} />
    );
  // An MPNS app with no tile update yet shows its plain tile, not WNS updates it had before.
  return <WnsTile appId={appId} label={`${app.name} tile`} plain={mpns} />;
}
