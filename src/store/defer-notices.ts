import type { StoreApi } from 'zustand';

/**
 * The store as the components see it: its change notices arrive in one task queued after the
 * task that made them. A push is answered at the end of its handler's task, so the phone renders
 * while the response travels back through the service worker, not before it leaves; and pushes
 * that land between two such tasks (a burst) are rendered in one commit. The state itself is
 * never deferred: `getState()` and `window.tilecast` see every change at once.
 */
export function deferNotices<S>(store: StoreApi<S>): StoreApi<S> {
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
