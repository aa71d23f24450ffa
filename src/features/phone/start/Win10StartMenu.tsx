import type { StartLayout } from '../../../renderers';
import { useTilecastShallow } from '../../../store/react';
import { PackageDropNotice } from '../tiles/PackageDropNotice';
import { useDisplay } from '../tiles/use-display';
import { StartTileOf } from './StartTileOf';
import { tileGrid } from './tile-grid';
import { useStartTiles } from './use-start-tiles';

/**
 * Windows 10's Start menu over the desktop: the left rail, the app list, and the tile panel
 * with its named groups, three medium tiles wide. The taskbar's Start button opened it.
 */
export function Win10StartMenu({ layout }: { layout: StartLayout }) {
  const { accent, theme, paused } = useDisplay();
  const entries = useStartTiles();
  const names = useTilecastShallow((s) =>
    s.device.appOrder.map((id) => s.device.apps[id]?.name ?? id),
  );
  const apps = entries.filter((e) => !e.tileId);
  const pinned = entries.filter((e) => e.tileId);
  const hc = theme === 'highContrast';
  const groups = [
    { name: 'Apps', entries: apps },
    { name: 'Pinned from apps', entries: pinned },
  ].filter((g) => g.entries.length > 0);
  return (
    <section
      aria-label="Start screen"
      data-start="win10menu"
      data-motion={paused ? 'paused' : 'running'}
      className="relative h-full text-white"
      style={{
        background: hc ? '#000000' : `linear-gradient(135deg, #0a2a5c, ${accent} 160%)`,
      }}
    >
      <div
        role="dialog"
        aria-label="Start menu"
        className="absolute bottom-10 left-0 flex h-[calc(100%-40px)] max-h-[400px] text-xs"
        style={{ backgroundColor: hc ? '#000000' : 'rgba(31, 31, 31, 0.94)' }}
      >
        <nav aria-label="Start rail" className="flex w-12 flex-col items-center gap-4 py-3">
          <span aria-hidden="true">☰</span>
          <span className="mt-auto" aria-hidden="true">
            ◯
          </span>
          <span aria-hidden="true">⚙</span>
        </nav>
        <div className="flex w-40 flex-col gap-1 overflow-y-auto py-3 pr-2">
          <h3 className="pb-1 text-[11px] text-white/70">Most used</h3>
          <ul aria-label="App list" className="flex flex-col gap-1">
            {names.map((name) => (
              <li key={name} className="flex items-center gap-2">
                <span aria-hidden="true" className="size-6" style={{ backgroundColor: accent }} />
                {name}
              </li>
            ))}
          </ul>
        </div>
        <div
          aria-label="Tile panel"
          className="flex flex-col gap-3 overflow-y-auto py-3"
          style={{ paddingInline: layout.padding }}
        >
          {groups.map((group) => (
            <div key={group.name} role="group" aria-label={group.name}>
              <h3 className="pb-2 text-[11px] text-white/80">{group.name}</h3>
              <ul
                aria-label={`${group.name} tiles`}
                className="grid content-start"
                style={tileGrid(layout)}
              >
                {group.entries.map((entry) => (
                  <StartTileOf key={entry.key} entry={entry} layout={layout} />
                ))}
              </ul>
            </div>
          ))}
          <ul>
            <PackageDropNotice />
          </ul>
        </div>
      </div>
      <div
        aria-label="Taskbar"
        className="absolute inset-x-0 bottom-0 flex h-10 items-center gap-2 px-1"
        style={{ backgroundColor: hc ? '#000000' : 'rgba(16, 16, 16, 0.96)' }}
      >
        <span
          aria-hidden="true"
          className="grid size-9 place-items-center bg-white/15 text-lg"
          title="Start"
        >
          ⊞
        </span>
        <span className="h-8 w-56 bg-white/90 px-2 text-[11px] leading-8 text-neutral-600">
          Type here to search
        </span>
      </div>
    </section>
  );
}
