import { lazy, Suspense, useLayoutEffect, useRef, useState } from 'react';
import { OVERSCAN, ROW_HEIGHT, Rows, type Item, type Props } from './JournalRows';

const loadBrowsed = () => import('./BrowsedRows');
const preload = () => void loadBrowsed();
const BrowsedRows = lazy(() => loadBrowsed().then((m) => ({ default: m.BrowsedRows })));

/** The rows at the bottom of the list: what the virtualiser shows once scrolled to the end. */
function lastItems(count: number, viewport: number): Item[] {
  const first = Math.max(0, count - Math.ceil(viewport / ROW_HEIGHT) - OVERSCAN);
  return Array.from({ length: count - first }, (_, i) => ({
    index: first + i,
    start: (first + i) * ROW_HEIGHT,
    size: ROW_HEIGHT,
  }));
}

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
        // Fetched as the pointer or focus comes near, so it is usually there before a scroll.
        onPointerEnter={preload}
        onFocus={preload}
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
          // Until the virtualiser's chunk arrives, the rows stay where they were.
          <Suspense fallback={<Rows {...props} items={[]} height={entries.length * ROW_HEIGHT} />}>
            <BrowsedRows {...props} scroller={scroller} />
          </Suspense>
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
