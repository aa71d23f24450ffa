import { useState, useSyncExternalStore } from 'react';
import { useStore, type StoreApi } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { InspectorActions } from './inspector-actions';
import { createTilecastStore, type TilecastActions, type TilecastState } from './store';

/** The page's one phone and push service. */
export const tilecastStore = createTilecastStore();

type Full = TilecastState & TilecastActions & InspectorActions;

/**
 * The store as the components see it: its change notices arrive in one task queued after the
 * task that made them. A push is answered at the end of its handler's task, so the phone renders
 * while the response travels back through the service worker, not before it leaves; and pushes
 * that land between two such tasks (a burst) are rendered in one commit. The state itself is
 * never deferred: `getState()` and `window.tilecast` see every change at once.
 */
function deferNotices<S>(store: StoreApi<S>): StoreApi<S> {
  const listeners = new Set<(state: S, previous: S) => void>();
  let queued: { previous: S } | undefined;
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    const { previous } = queued!;
    queued = undefined;
    const state = store.getState();
    for (const listener of [...listeners]) listener(state, previous);
  };
  store.subscribe((_, previous) => {
    if (queued) return;
    queued = { previous };
    channel.port2.postMessage(null);
  });
  return {
    ...store,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

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

/**
 * Like useTilecast, but re-renders at most once per animation frame: a burst of pushes lands in
 * the store one by one (so `window.tilecast.journal()` stays exact), and the view catches up
 * with all of them in one render. That render runs inside the frame's animation callback (an
 * external-store update is flushed synchronously), so it lands in the same frame as the phone's
 * own update, after the push has been answered: one frame per push, nothing on the response path.
 */
export function useTilecastPerFrame<T>(selector: (state: Full) => T): T {
  // The selector is taken once, like a store slice: pass one that does not depend on props.
  const [source] = useState(() => perFrameSource(selector));
  return useSyncExternalStore(source.subscribe, source.snapshot);
}

function perFrameSource<T>(selector: (state: Full) => T) {
  let value = selector(tilecastStore.getState());
  return {
    snapshot: () => value,
    subscribe(notify: () => void) {
      let frame: number | undefined;
      const flush = () => {
        frame = undefined;
        value = selector(tilecastStore.getState());
        notify();
      };
      const unsubscribe = tilecastStore.subscribe(() => {
        frame ??= requestAnimationFrame(flush);
      });
      // Catch up with anything that changed between the first render and subscribing.
      flush();
      return () => {
        if (frame !== undefined) cancelAnimationFrame(frame);
        unsubscribe();
      };
    },
  };
}
