import { useEffect, useRef, useState } from 'react';
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
 * with all of them in a single render.
 */
export function useTilecastPerFrame<T>(selector: (state: Full) => T): T {
  const [value, setValue] = useState(() => selector(tilecastStore.getState()));
  const latest = useRef(selector);
  useEffect(() => {
    latest.current = selector;
  });
  useEffect(() => {
    let frame: number | undefined;
    const update = () => setValue(() => latest.current(tilecastStore.getState()));
    update();
    const unsubscribe = tilecastStore.subscribe(() => {
      frame ??= requestAnimationFrame(() => {
        frame = undefined;
        update();
      });
    });
    return () => {
      if (frame !== undefined) cancelAnimationFrame(frame);
      unsubscribe();
    };
  }, []);
  return value;
}
