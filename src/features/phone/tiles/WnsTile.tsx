import { useEffect, useState } from 'react';
import { bindingAt, itemsAt, sizesOf } from '../../../store';
import {
  startSize,
  startSizes,
  startTileColour,
  startUnsupported,
  WnsTileView,
  type StartLayout,
  type TileSize,
} from '../../../renderers';
import { actions, useTilecast } from '../../../store/react';
import { StartTile } from './StartTile';
import { useDisplay } from './use-display';
import { useImageContext } from './use-package';

/** How long each queued update stays before the tile flips to the next. */
const CYCLE_MS = 4000;
const wns = { service: 'wns' } as const;

/**
 * An app's WNS live tile: the binding for its size of the current update in its notification
 * queue, drawn by the shared renderer in the chosen device profile, with the app's badge.
 */
export function WnsTile({
  appId,
  label,
  layout,
  plain = false,
}: {
  appId: string;
  label: string;
  layout: StartLayout;
  /** Draw the app's tile without WNS updates (the app uses MPNS now). */
  plain?: boolean;
}) {
  const app = useTilecast((s) => s.device.apps[appId]);
  const tile = useTilecast((s) => s.device.wnsTiles[appId]);
  const badge = useTilecast((s) => s.device.badges[appId]);
  const { profile, theme, paused, accent } = useDisplay();
  const [turn, setTurn] = useState(0);
  const image = useImageContext(app?.name);
  const size = startSize(profile, wns, tile?.size ?? 'medium');
  const items = tile && !plain ? itemsAt(tile, size) : [];
  const count = items.length;
  useEffect(() => {
    if (count < 2 || paused) return;
    const timer = setInterval(() => setTurn((t) => t + 1), CYCLE_MS);
    return () => clearInterval(timer);
  }, [count, paused]);
  if (!app) return null;
  const index = count ? turn % count : 0;
  const item = items[index];
  const binding = item && bindingAt(item, size);
  const waiting: Partial<Record<TileSize, number>> = {};
  for (const held of (!plain && tile?.items.filter((i) => i.held)) || [])
    for (const s of sizesOf(held.bindings)) waiting[s] = (waiting[s] ?? 0) + 1;
  const unsupported =
    binding && startUnsupported({ kind: 'wnsTile', bindings: [binding] }, profile, size);
  return (
    <StartTile
      appId={appId}
      label={label}
      template={binding?.template}
      layout={layout}
      size={size}
      sizes={startSizes(profile, wns)}
      waiting={waiting}
      onResize={(s) => actions().setWnsTileSize(appId, s)}
      unsupported={unsupported}
    >
      <WnsTileView
        content={binding}
        size={size}
        appName={app.name}
        colour={startTileColour(app.tileColor, accent, theme)}
        badge={badge}
        profile={profile}
        position={count > 1 ? `Update ${index + 1} of ${count}` : undefined}
        image={image}
        onImageFail={
          item && ((src) => actions().imageFailed({ kind: 'wnsTile', appId, itemId: item.id }, src))
        }
      />
    </StartTile>
  );
}
