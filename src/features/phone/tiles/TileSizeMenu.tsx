import { useEffect, useRef, useState } from 'react';
import type { TileSize } from '../../../renderers';

const labels: Record<TileSize, string> = {
  small: 'Small',
  medium: 'Medium',
  wide: 'Wide',
  large: 'Large',
};

/**
 * The tile's own size control, as the phone's long-press menu: a button on the tile (or a
 * right-click / long press on it) opens Small / Medium / Wide / Large, as the profile allows.
 * `waiting` counts held updates per size: they show once the tile takes that size.
 */
export function TileSizeMenu({
  name,
  sizes,
  current,
  waiting,
  open,
  onOpenChange,
  onPick,
}: {
  name: string;
  sizes: readonly TileSize[];
  current: TileSize;
  waiting: Partial<Record<TileSize, number>>;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onPick: (size: TileSize) => void;
}) {
  const menu = useRef<HTMLDivElement>(null);
  const [focused, setFocused] = useState(0);
  useEffect(() => {
    if (open) menu.current?.querySelectorAll<HTMLElement>('[role=menuitemradio]')[focused]?.focus();
  }, [open, focused]);
  const held = Object.values(waiting).reduce((a, b) => a + (b ?? 0), 0);
  const pick = (size: TileSize) => {
    onPick(size);
    onOpenChange(false);
  };
  return (
    <>
      <button
        type="button"
        aria-label={`Resize ${name}`}
        aria-haspopup="menu"
        aria-expanded={open}
        title={held ? `Resize (${held} update waiting for another size)` : 'Resize'}
        // At the tile's corner, as the phone's resize arrow; shown on hover and focus (and
        // always while an update waits for another size).
        className={`absolute -top-2 -right-2 z-10 grid size-6 place-items-center rounded-full border border-white/80 bg-neutral-900 text-[11px] leading-none text-white group-focus-within:opacity-100 group-hover:opacity-100 focus:opacity-100 ${held || open ? 'opacity-100' : 'opacity-0'}`}
        onClick={(e) => {
          e.stopPropagation();
          setFocused(Math.max(0, sizes.indexOf(current)));
          onOpenChange(!open);
        }}
      >
        <span aria-hidden="true">⤡</span>
        {held > 0 && (
          <span
            aria-hidden="true"
            className="absolute -top-1 -right-1 size-2.5 rounded-full bg-amber-400"
          />
        )}
      </button>
      {open && (
        <div
          ref={menu}
          role="menu"
          aria-label={`${name} size`}
          className="absolute top-5 right-0 z-20 flex min-w-28 flex-col rounded border border-white/40 bg-neutral-900 py-1 text-xs text-white shadow-lg"
          onKeyDown={(e) => {
            if (e.key === 'Escape') onOpenChange(false);
            if (e.key === 'ArrowDown') setFocused((i) => (i + 1) % sizes.length);
            if (e.key === 'ArrowUp') setFocused((i) => (i + sizes.length - 1) % sizes.length);
          }}
          onBlur={(e) => {
            if (!e.currentTarget.contains(e.relatedTarget as Node | null)) onOpenChange(false);
          }}
        >
          {sizes.map((size) => (
            <button
              key={size}
              type="button"
              role="menuitemradio"
              aria-checked={size === current}
              tabIndex={-1}
              className="px-3 py-1 text-left hover:bg-white/15 focus:bg-white/15 aria-checked:font-semibold"
              onClick={(e) => {
                e.stopPropagation();
                pick(size);
              }}
            >
              {labels[size]}
              {waiting[size] ? ` (${waiting[size]} update waiting)` : ''}
            </button>
          ))}
        </div>
      )}
    </>
  );
}
