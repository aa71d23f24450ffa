import { useEffect, useState } from 'react';
import { tileColour, WnsTileView } from '../../../renderers';
import { actions, useTilecast } from '../../../store/react';
import { useDisplay } from './use-display';
import { useImageContext, usePackageDrop } from './use-package';

/** How long each queued update stays before the tile flips to the next. */
const CYCLE_MS = 4000;

/**
 * An app's WNS live tile: the current update of its notification queue drawn by the shared
 * renderer at the tile's size in the chosen device profile, with the app's badge.
 */
export function WnsTile({
  appId,
  label,
  plain = false,
}: {
  appId: string;
  label: string;
  /** Draw the app's tile without WNS updates (the app uses MPNS now). */
  plain?: boolean;
}) {
  const app = useTilecast((s) => s.device.apps[appId]);
  const tile = useTilecast((s) => s.device.wnsTiles[appId]);
  const badge = useTilecast((s) => s.device.badges[appId]);
  const { profile, theme, paused } = useDisplay();
  const [turn, setTurn] = useState(0);
  const image = useImageContext(app?.name);
  const drop = usePackageDrop(appId);
  const items = plain ? undefined : tile?.items;
  const count = items?.length ?? 0;
  useEffect(() => {
    if (count < 2 || paused) return;
    const timer = setInterval(() => setTurn((t) => t + 1), CYCLE_MS);
    return () => clearInterval(timer);
  }, [count, paused]);
  if (!app) return null;
  const index = count ? turn % count : 0;
  const item = items?.[index];
  const size = tile?.size ?? 'medium';
  return (
    <li
      aria-label={label}
      tabIndex={0}
      data-template={item?.binding.template}
      data-dropping={drop.over || undefined}
      className={`list-none ${theme === 'highContrast' || drop.over ? 'outline outline-2 outline-yellow-300' : ''}`}
      {...drop.handlers}
    >
      <WnsTileView
        content={item?.binding}
        size={size}
        appName={app.name}
        colour={tileColour(app.tileColor, theme)}
        badge={badge}
        profile={profile}
        position={count > 1 ? `Update ${index + 1} of ${count}` : undefined}
        image={image}
        onImageFail={
          item && ((src) => actions().imageFailed({ kind: 'wnsTile', appId, itemId: item.id }, src))
        }
      />
    </li>
  );
}
