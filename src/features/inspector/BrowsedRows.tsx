import { useVirtualizer } from '@tanstack/react-virtual';
import type { RefObject } from 'react';
import { OVERSCAN, ROW_HEIGHT, Rows, type Props } from './JournalRows';

// Its own chunk: the virtualiser is needed only once the user scrolls up, not on the first page.
/** Browsing (scrolled away from the newest row): the virtualiser decides which rows exist. */
export function BrowsedRows(props: Props & { scroller: RefObject<HTMLDivElement | null> }) {
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
