import { packColumns, type StartLayout, type TileSize } from '../../../renderers';
import { PackageDropNotice } from '../tiles/PackageDropNotice';
import { useDisplay } from '../tiles/use-display';
import { StartTileOf } from './StartTileOf';
import { tileGrid } from './tile-grid';
import { useStartTiles, type StartEntry } from './use-start-tiles';

/** Group columns per group: Start starts a new group after two (the user's groups stand in). */
const COLUMNS_PER_GROUP = 2;

/**
 * Windows 8.1's Start screen: landscape, "Start" at top left, tile groups side by side that
 * scroll horizontally. Each group fills columns a wide tile wide, top to bottom. [S56]
 */
export function Win81Start({ layout }: { layout: StartLayout }) {
  const { theme, paused } = useDisplay();
  const entries = useStartTiles();
  const columns = packColumns(
    entries.map((e) => e.size as TileSize),
    layout.cells,
  ).map((indices) => indices.map((i) => entries[i]!));
  const groups: StartEntry[][][] = [];
  for (let i = 0; i < columns.length; i += COLUMNS_PER_GROUP)
    groups.push(columns.slice(i, i + COLUMNS_PER_GROUP));
  // Windows 8.1's default Start background (a deep violet), apart from the tiles' accent.
  const background = theme === 'highContrast' ? '#000000' : '#1F0A3D';
  return (
    <section
      aria-label="Start screen"
      data-start="win81"
      data-motion={paused ? 'paused' : 'running'}
      className="flex h-full flex-col text-white"
      style={{ backgroundColor: background }}
    >
      <header className="flex items-baseline justify-between px-10 pt-5 pb-4">
        <h2 className="text-3xl font-light">Start</h2>
        <span className="text-sm">Designer</span>
      </header>
      <div
        aria-label="Tile groups"
        className="flex min-h-0 flex-1 items-start gap-12 overflow-x-auto overflow-y-hidden pt-2 pb-4 [scrollbar-width:thin]"
        style={{ paddingInline: layout.padding }}
      >
        {groups.map((group, g) => (
          <div
            key={g}
            role="group"
            aria-label={`Tile group ${g + 1}`}
            className="flex shrink-0 gap-[10px]"
          >
            {group.map((column, c) => (
              <ul
                key={c}
                aria-label={`Group ${g + 1} column ${c + 1}`}
                className="grid content-start"
                style={{
                  ...tileGrid(layout, 4),
                  gridTemplateRows: `repeat(${layout.cells}, ${layout.unit}px)`,
                }}
              >
                {column.map((entry) => (
                  <StartTileOf key={entry.key} entry={entry} layout={layout} />
                ))}
              </ul>
            ))}
          </div>
        ))}
        <ul className="w-64 shrink-0">
          <PackageDropNotice />
        </ul>
      </div>
    </section>
  );
}
