import { useTilecast } from '../../store/react';
import { SecondaryTiles } from './tiles/SecondaryTiles';
import { WpTile } from './tiles/WpTile';
import { useWnsTileClass } from './tiles/use-wns-tile-class';
import { WnsTileContent } from './tiles/WnsTile';

/** The Start screen: one medium tile per installed app, in install order. */
export function StartScreen() {
  const appOrder = useTilecast((s) => s.device.appOrder);
  return (
    <ul aria-label="Start screen" className="grid grid-cols-2 gap-2 p-3">
      {appOrder.map((appId) => (
        <Tile key={appId} appId={appId} />
      ))}
      <SecondaryTiles />
    </ul>
  );
}

const badgeText = (value: number | string | undefined) => {
  if (value === undefined || value === 0 || value === 'none') return null;
  if (typeof value === 'number') return value > 99 ? '99+' : String(value);
  return value;
};

function Tile({ appId }: { appId: string }) {
  const app = useTilecast((s) => s.device.apps[appId]);
  const badge = badgeText(useTilecast((s) => s.device.badges[appId]));
  const wpTile = useTilecast((s) => s.device.wpTiles?.[appId]);
  const sizeClass = useWnsTileClass(appId);
  if (!app) return null;
  if (wpTile)
    return (
      <WpTile tile={wpTile} label={`${app.name} tile`} appName={app.name} color={app.tileColor} />
    );
  return (
    <li
      aria-label={`${app.name} tile`}
      className={`relative text-white ${sizeClass}`}
      style={{ backgroundColor: app.tileColor }}
    >
      <WnsTileContent appId={appId} />
      <span className="absolute bottom-2 left-2 text-sm">{app.name}</span>
      {badge && (
        <span
          aria-label={`badge ${badge}`}
          className="absolute right-2 bottom-2 text-sm font-semibold"
        >
          {badge}
        </span>
      )}
    </li>
  );
}
