import type { StoreApi } from 'zustand';

let background = 0;

/**
 * Runs a change as background work (a push arriving): views hear of it a task later. A push is
 * answered at the end of its handler's task, so the phone renders while the response travels
 * back through the service worker, not before it leaves; and pushes that land between two such
 * tasks (a burst) are rendered in one commit.
 */
export function inBackground<T>(change: () => T): T {
  background++;
  try {
    return change();
  } finally {
    background--;
  }
}

/**
 * The store as the components see it. Changes made in the background reach its listeners in one
 * task queued after the task that made them; every other change (a click, a keystroke) at once,
 * so a controlled input never shows its old value in between. The state itself is never
 * deferred: `getState()` and `window.tilecast` see every change at once.
 */
export function deferNotices<S>(store: StoreApi<S>): StoreApi<S> {
  const listeners = new Set<(state: S, previous: S) => void>();
  let queued: { previous: S } | undefined;
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    if (!queued) return; // delivered early by a foreground change
    const { previous } = queued;
    queued = undefined;
    notify(store.getState(), previous);
  };
  const notify = (state: S, previous: S) => {
    for (const listener of [...listeners]) listener(state, previous);
  };
  store.subscribe((state, previous) => {
    if (background === 0) {
      // At once, together with any background change still queued.
      notify(state, queued?.previous ?? previous);
      queued = undefined;
      return;
    }
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
