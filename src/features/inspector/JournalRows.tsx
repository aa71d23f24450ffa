import type { Rows as Entries } from '../../store';
import { JournalRow } from './JournalRow';

export const ROW_HEIGHT = 26;
export const OVERSCAN = 12;

export type Props = {
  entries: Entries;
  appName(appId: string | undefined): string;
  selectedId: string | null;
  pinned: ReadonlySet<string>;
  onSelect(id: string): void;
};

export type Item = { index: number; start: number; size: number };

/** The rows that exist in the DOM: the ones in view (and a few more), each a fixed box. */
export function Rows({
  entries,
  appName,
  selectedId,
  pinned,
  onSelect,
  items,
  height,
}: Props & { items: Item[]; height: number }) {
  return (
    <div
      role="list"
      aria-label="Journal entries"
      // Its own layer: following live, a new row moves the whole list up by one row, and moving
      // a layer repaints nothing inside it (only the new row is painted).
      className="relative min-h-full w-full shrink-0 will-change-transform"
      style={{ height }}
    >
      {items.map((item) => {
        const entry = entries.at(item.index)!;
        return (
          // Each row is a fixed box (size, layout and paint containment): rows arriving or
          // leaving lay out and paint only themselves.
          <div
            role="listitem"
            key={entry.id}
            className="absolute top-0 left-0 w-full [contain:strict]"
            style={{ height: item.size, transform: `translateY(${item.start}px)` }}
          >
            <JournalRow
              entry={entry}
              appName={appName(entry.appId)}
              selected={entry.id === selectedId}
              pinned={pinned.has(entry.id)}
              onSelect={onSelect}
            />
          </div>
        );
      })}
    </div>
  );
}
