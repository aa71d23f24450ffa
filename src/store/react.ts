import { useState, useSyncExternalStore } from 'react';
import { useStore } from 'zustand';
import { deferNotices } from './defer-notices';
import { pacedSource, type Pacer } from './paced-source';
import { useShallow } from 'zustand/react/shallow';
import type { InspectorActions } from './inspector-actions';
import { createTilecastStore, type TilecastActions, type TilecastState } from './store';

/** The page's one phone and push service. */
export const tilecastStore = createTilecastStore();

type Full = TilecastState & TilecastActions & InspectorActions;

// What components subscribe to: a push's changes reach them a task late, so it is answered
// before anything renders; a click's at once (see defer-notices.ts).
const viewStore = deferNotices(tilecastStore);

/** Read the store with a narrow selector; re-renders only when the selected value changes. */
export const useTilecast = <T>(selector: (state: Full) => T): T => useStore(viewStore, selector);

/** For selectors that build an object or array each time: compared shallowly. */
export const useTilecastShallow = <T>(selector: (state: Full) => T): T =>
  useStore(viewStore, useShallow(selector));

/** Equal when the same value, or objects/arrays with the same values: for memo comparators. */
export { shallow as shallowEqual } from 'zustand/shallow';

/** Actions never change identity; components call them without subscribing. */
export const actions = (): TilecastActions & InspectorActions => tilecastStore.getState();

const pacer: Pacer = {
  now: () => performance.now(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  requestAnimationFrame: (run) => requestAnimationFrame(run),
  cancelAnimationFrame: (handle) => cancelAnimationFrame(handle as number),
};

/**
 * Like useTilecast, for views nobody reads push by push (the journal, the Action Center list):
 * re-renders in an animation frame, paced (paced-source.ts). A burst of pushes lands in the
 * store one by one (so `window.tilecast.journal()` stays exact) and the view catches up with all
 * of them at once; a lone push still shows in the next frame. The phone renders every push; a
 * paced view is recomputed ten times a second at most, twice in a flood, off the path of the
 * pushes that keep arriving.
 */
export function useTilecastThrottled<T>(selector: (state: Full) => T): T {
  // The selector is taken once, like a store slice: pass one that does not depend on props.
  const [source] = useState(() => pacedSource(tilecastStore, selector, pacer));
  return useSyncExternalStore(source.subscribe, source.snapshot);
}
