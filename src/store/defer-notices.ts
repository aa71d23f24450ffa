import type { StoreApi } from 'zustand';

let background = 0;
/** Whether every background change since the last notice may wait for an animation frame. */
let frameOnly = true;

/**
 * When views hear of a background change: in the next task, or in the next animation frame
 * (just before it is painted, so no later in pixels), with every other change of that frame.
 */
export type NoticeTiming = 'task' | 'frame';

/**
 * Runs a change as background work (a push arriving): views hear of it a task later. A push is
 * answered at the end of its handler's task, so the phone renders while the response travels
 * back through the service worker, not before it leaves; and pushes that land between two such
 * tasks (a burst) are rendered in one commit. `'frame'` waits for the animation frame instead:
 * for pushes whose sender may send the next one before a render would end (relayed requests).
 */
export function inBackground<T>(change: () => T, timing: NoticeTiming = 'task'): T {
  background++;
  if (timing === 'task') frameOnly = false;
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
export function deferNotices<S>(
  store: StoreApi<S>,
  nextFrame: (run: () => void) => void = (run) => requestAnimationFrame(run),
): StoreApi<S> {
  const listeners = new Set<(state: S, previous: S) => void>();
  // The state before the first change not yet told, and whether a task is already posted.
  let queued: { previous: S; task: boolean } | undefined;
  const channel = new MessageChannel();
  const deliver = () => {
    if (!queued) return; // delivered early (a foreground change, or the task beat the frame)
    const { previous } = queued;
    queued = undefined;
    frameOnly = true;
    notify(store.getState(), previous);
  };
  channel.port1.onmessage = deliver;
  const notify = (state: S, previous: S) => {
    for (const listener of [...listeners]) listener(state, previous);
  };
  store.subscribe((state, previous) => {
    if (background === 0) {
      // At once, together with any background change still queued.
      const since = queued?.previous ?? previous;
      queued = undefined;
      frameOnly = true;
      notify(state, since);
      return;
    }
    if (!queued) {
      queued = { previous, task: false };
      if (frameOnly) {
        nextFrame(deliver);
        return;
      }
    }
    // A change that wants the next task: one post, even when a frame is already awaited.
    if (!frameOnly && !queued.task) {
      queued.task = true;
      channel.port2.postMessage(null);
    }
  });
  return {
    ...store,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
