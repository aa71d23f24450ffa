import { WpTileView } from '../../../components/notification';
import type { WpTileState } from '../../../store';
import { tileColour, useDisplay } from './use-display';

/** A Windows Phone live tile (WP7, Flip, Cycle, Iconic) drawn by the shared renderer. */
export function WpTile({
  tile,
  label,
  appName,
  color,
}: {
  tile: WpTileState;
  label: string;
  appName: string;
  color: string;
}) {
  const { profile, theme } = useDisplay();
  return (
    <li aria-label={label} tabIndex={0} data-template={tile.template} className="list-none">
      <WpTileView
        tile={tile}
        appName={appName}
        colour={tileColour(color, theme)}
        profile={profile}
        secondary={!!tile.navigationUri}
      />
    </li>
  );
}
