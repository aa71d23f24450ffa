import {
  startSize,
  startSizes,
  startTileColour,
  startUnsupported,
  WpTileView,
  type StartLayout,
} from '../../../renderers';
import type { WpTileState } from '../../../store';
import { actions } from '../../../store/react';
import { StartTile } from './StartTile';
import { useDisplay } from './use-display';
import { useImageContext } from './use-package';

/** A Windows Phone live tile (WP7, Flip, Cycle, Iconic) at its size, by the shared renderer. */
export function WpTile({
  tile,
  label,
  appName,
  color,
  layout,
}: {
  tile: WpTileState;
  label: string;
  appName: string;
  /** The app's own tile colour; without one the tile takes the accent. */
  color?: string;
  layout: StartLayout;
}) {
  const { profile, theme, accent } = useDisplay();
  const image = useImageContext(appName);
  const kind = { service: 'mpns', template: tile.template } as const;
  const size = startSize(profile, kind, tile.size ?? 'medium');
  const unsupported = startUnsupported(
    { kind: 'mpnsTile', template: tile.template, changes: [] },
    profile,
    size,
  );
  return (
    <StartTile
      appId={tile.appId}
      label={label}
      template={tile.template}
      layout={layout}
      size={size}
      sizes={startSizes(profile, kind)}
      onResize={(s) => {
        if (s !== 'large') actions().setWpTileSize(tile.tileId, s);
      }}
      unsupported={unsupported}
    >
      <WpTileView
        tile={theme === 'highContrast' ? withoutOwnColour(tile) : tile}
        size={size}
        appName={appName}
        colour={startTileColour(color, accent, theme)}
        profile={profile}
        secondary={!!tile.navigationUri}
        image={image}
        onImageFail={(src) => actions().imageFailed({ kind: 'wpTile', tileId: tile.tileId }, src)}
      />
    </StartTile>
  );
}

/** High contrast draws every tile alike: an Iconic tile's own BackgroundColor gives way too. */
function withoutOwnColour(tile: WpTileState): WpTileState {
  const properties = { ...tile.properties };
  delete properties.BackgroundColor;
  return { ...tile, properties };
}
