import { useState, type ReactNode } from 'react';
import { spanOf, type StartLayout, type TileSize } from '../../../renderers';
import { useDisplay } from './use-display';
import { usePackageDrop } from './use-package';
import { TileSizeMenu } from './TileSizeMenu';
import { UnsupportedTile } from './UnsupportedTile';

/**
 * One tile's place on Start, whatever its service: its grid cells, the high-contrast frame
 * (every tile alike), package drops, and its size menu.
 */
export function StartTile({
  appId,
  label,
  template,
  layout,
  size,
  sizes,
  waiting = {},
  onResize,
  unsupported,
  children,
}: {
  appId: string;
  label: string;
  template?: string;
  layout: StartLayout;
  size: TileSize;
  sizes: readonly TileSize[];
  waiting?: Partial<Record<TileSize, number>>;
  onResize: (size: TileSize) => void;
  /** Why the profile cannot show this tile at its size: drawn instead of `children`. */
  unsupported?: string;
  children: ReactNode;
}) {
  const { theme, profile, foreground } = useDisplay();
  const drop = usePackageDrop(appId);
  const [menuOpen, setMenuOpen] = useState(false);
  const [cols, rows] = spanOf(layout, size);
  const outlined = theme === 'highContrast' || drop.over;
  return (
    <li
      aria-label={label}
      tabIndex={0}
      data-template={template}
      data-size={size}
      data-dropping={drop.over || undefined}
      className={`group relative list-none ${outlined ? 'outline outline-2 outline-yellow-300' : ''}`}
      style={{ gridColumn: `span ${cols}`, gridRow: `span ${rows}` }}
      onContextMenu={(e) => {
        // The phone's long press (a right click here) opens the tile's menu.
        e.preventDefault();
        setMenuOpen(true);
      }}
      {...drop.handlers}
    >
      {unsupported ? (
        <UnsupportedTile
          profile={profile}
          size={size}
          reason={unsupported}
          foreground={foreground}
        />
      ) : (
        children
      )}
      {sizes.length > 1 && (
        <TileSizeMenu
          name={label}
          sizes={sizes}
          current={size}
          waiting={waiting}
          open={menuOpen}
          onOpenChange={setMenuOpen}
          onPick={onResize}
        />
      )}
    </li>
  );
}
