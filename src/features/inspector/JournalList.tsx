import { useVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useRef, useState } from 'react';
import type { JournalEntry } from '../../store';
import { JournalRow } from './JournalRow';

const ROW_HEIGHT = 26;

type Props = {
  entries: JournalEntry[];
  appName(appId: string | undefined): string;
  selectedId: string | null;
  pinned: ReadonlySet<string>;
  onSelect(id: string): void;
};

/**
 * The journal as a virtualised list (@tanstack/react-virtual): only the rows in view exist in
 * the DOM, so 100,000 entries scroll as smoothly as ten. New rows follow live while the user
 * sits at the bottom; scrolling up stops following until "Follow live" is pressed.
 */
export function JournalList({ entries, appName, selectedId, pinned, onSelect }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const [following, setFollowing] = useState(true);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualiser is the point
  const virtualizer = useVirtualizer({
    count: entries.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });

  // Following: jump to the bottom once per render. (scrollToIndex re-measured and re-scrolled
  // over several frames, forcing layout each time: the main cost of a 10,000-push flood.)
  useLayoutEffect(() => {
    const el = scroller.current;
    if (following && el && entries.length > 0) el.scrollTop = el.scrollHeight;
  }, [following, entries.length]);

  const onScroll = () => {
    const el = scroller.current;
    if (!el) return;
    const atBottom = el.scrollTop + el.clientHeight >= el.scrollHeight - ROW_HEIGHT * 1.5;
    if (atBottom !== following) setFollowing(atBottom);
  };

  return (
    <div className="relative flex shrink-0 flex-col">
      <div
        ref={scroller}
        onScroll={onScroll}
        className="h-64 min-h-24 resize-y overflow-y-auto rounded border border-neutral-800 text-xs"
      >
        <div
          role="list"
          aria-label="Journal entries"
          className="relative w-full"
          style={{ height: virtualizer.getTotalSize() }}
        >
          {virtualizer.getVirtualItems().map((item) => {
            const entry = entries[item.index]!;
            return (
              <div
                role="listitem"
                key={entry.id}
                className="absolute top-0 left-0 w-full"
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
      </div>
      {!following && entries.length > 0 && (
        <button
          type="button"
          onClick={() => setFollowing(true)}
          className="absolute right-3 bottom-2 rounded bg-sky-800 px-2 py-0.5 text-xs shadow"
        >
          Follow live ↓
        </button>
      )}
    </div>
  );
}
