import { useState, useSyncExternalStore } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { InspectorActions } from './inspector-actions';
import { createTilecastStore, type TilecastActions, type TilecastState } from './store';

/** The page's one phone and push service. */
export const tilecastStore = createTilecastStore();

type Full = TilecastState & TilecastActions & InspectorActions;

/** Read the store with a narrow selector; re-renders only when the selected value changes. */
export const useTilecast = <T>(selector: (state: Full) => T): T =>
  useStore(tilecastStore, selector);

/** For selectors that build an object or array each time: compared shallowly. */
export const useTilecastShallow = <T>(selector: (state: Full) => T): T =>
  useStore(tilecastStore, useShallow(selector));

/** Actions never change identity; components call them without subscribing. */
export const actions = (): TilecastActions & InspectorActions => tilecastStore.getState();

/**
 * Like useTilecast, but re-renders at most once per animation frame: a burst of pushes lands in
 * the store one by one (so `window.tilecast.journal()` stays exact), and the view catches up
 * with all of them in a single render, inside the frame's animation callbacks. A change after a
 * quiet spell is passed on at once (leading edge), so a lone push renders together with the
 * phone's own update, in the same task and the same frame, instead of costing a second frame.
 */
export function useTilecastPerFrame<T>(selector: (state: Full) => T): T {
  // The selector is taken once, like a store slice: pass one that does not depend on props.
  const [source] = useState(() => throttledSource(selector));
  return useSyncExternalStore(source.subscribe, source.snapshot);
}

const FRAME_MS = 16;

function throttledSource<T>(selector: (state: Full) => T) {
  let value = selector(tilecastStore.getState());
  const read = () => selector(tilecastStore.getState());
  const source = {
    snapshot: () => value,
    subscribe(notify: () => void) {
      let frame: number | undefined;
      let last = -Infinity;
      const flush = () => {
        frame = undefined;
        last = performance.now();
        value = read();
        notify();
      };
      const unsubscribe = tilecastStore.subscribe(() => {
        if (frame !== undefined) return;
        if (performance.now() - last >= FRAME_MS) flush();
        else frame = requestAnimationFrame(flush);
      });
      // Catch up with anything that changed between the first render and subscribing.
      flush();
      return () => {
        if (frame !== undefined) cancelAnimationFrame(frame);
        unsubscribe();
      };
    },
  };
  return source;
}
