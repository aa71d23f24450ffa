import { useVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { Rows as JournalRows } from '../../store';
import { JournalRow } from './JournalRow';

const ROW_HEIGHT = 26;
const OVERSCAN = 12;

/** The rows at the bottom of the list: what the virtualiser shows once scrolled to the end. */
function lastItems(count: number, viewport: number): Item[] {
  const first = Math.max(0, count - Math.ceil(viewport / ROW_HEIGHT) - OVERSCAN);
  return Array.from({ length: count - first }, (_, i) => ({
    index: first + i,
    start: (first + i) * ROW_HEIGHT,
    size: ROW_HEIGHT,
  }));
}

type Props = {
  entries: JournalRows;
  appName(appId: string | undefined): string;
  selectedId: string | null;
  pinned: ReadonlySet<string>;
  onSelect(id: string): void;
};

type Item = { index: number; start: number; size: number };

/**
 * The journal as a virtualised list (@tanstack/react-virtual): only the rows in view exist in
 * the DOM, so 100,000 entries scroll as smoothly as ten. New rows follow live while the user
 * sits at the bottom; scrolling up stops following until "Follow live" is pressed.
 */
export function JournalList(props: Props) {
  const { entries } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const [following, setFollowing] = useState(true);
  const [viewport, setViewport] = useState(256);
  const browseFrom = useRef(0);

  // The list is resizable; its height decides how many rows following live needs.
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setViewport(el.clientHeight));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  useLayoutEffect(() => {
    const el = scroller.current;
    if (el) el.scrollTop = following ? 0 : browseFrom.current;
  }, [following]);

  const onScroll = () => {
    const el = scroller.current;
    if (!el) return;
    if (following) {
      // Column-reverse: 0 at the bottom, negative above it.
      if (el.scrollTop >= -ROW_HEIGHT * 1.5) return;
      browseFrom.current = el.scrollHeight - el.clientHeight + el.scrollTop;
      setFollowing(false);
    } else if (el.scrollTop + el.clientHeight >= el.scrollHeight - ROW_HEIGHT * 1.5) {
      setFollowing(true);
    }
  };

  return (
    <div className="relative flex shrink-0 flex-col">
      <div
        ref={scroller}
        onScroll={onScroll}
        className={`h-64 min-h-24 resize-y overflow-y-auto [contain:strict] will-change-transform rounded border border-neutral-800 text-xs ${following ? 'flex flex-col-reverse' : ''}`}
      >
        {following ? (
          // Following live, the scroller is a column-reverse flex box: its scroll origin is the
          // bottom, so the newest row stays in view as rows arrive with no scrolling at all. The
          // virtualiser is not even mounted: its per-render measuring read the scroller's size.
          <Rows
            {...props}
            items={lastItems(entries.length, viewport)}
            height={entries.length * ROW_HEIGHT}
          />
        ) : (
          <BrowsedRows {...props} scroller={scroller} />
        )}
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

/** Browsing (scrolled away from the newest row): the virtualiser decides which rows exist. */
function BrowsedRows(props: Props & { scroller: RefObject<HTMLDivElement | null> }) {
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualiser is the point
  const virtualizer = useVirtualizer({
    count: props.entries.length,
    getScrollElement: () => props.scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: OVERSCAN,
    // Scroll updates render with the next frame instead of a synchronous flushSync.
    useFlushSync: false,
  });
  return (
    <Rows {...props} items={virtualizer.getVirtualItems()} height={virtualizer.getTotalSize()} />
  );
}

function Rows({
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
