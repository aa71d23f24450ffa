import { tileColour, WpTileView } from '../../../renderers';
import type { WpTileState } from '../../../store';
import { actions } from '../../../store/react';
import { useDisplay } from './use-display';
import { useImageContext, usePackageDrop } from './use-package';

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
  const image = useImageContext(appName);
  const drop = usePackageDrop(tile.appId);
  return (
    <li
      aria-label={label}
      tabIndex={0}
      data-template={tile.template}
      data-dropping={drop.over || undefined}
      className={`list-none ${drop.over ? 'outline outline-2 outline-yellow-300' : ''}`}
      {...drop.handlers}
    >
      <WpTileView
        tile={tile}
        appName={appName}
        colour={tileColour(color, theme)}
        profile={profile}
        secondary={!!tile.navigationUri}
        image={image}
        onImageFail={(src) => actions().imageFailed({ kind: 'wpTile', tileId: tile.tileId }, src)}
      />
    </li>
  );
}
