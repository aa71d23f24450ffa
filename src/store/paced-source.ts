/** How often a paced view catches up while changes keep arriving. */
export const CALM_INTERVAL_MS = 100;
/**
 * …and in a flood, where nobody reads the rows flying by and each catch-up costs a frame's
 * style and layout of every row it replaces (15-30 ms in a 2-core burst trace).
 */
export const FLOOD_INTERVAL_MS = 500;
/** Store changes within one catch-up from which the stream counts as a flood. */
export const FLOOD_CHANGES = 10;

/** The wait before the next catch-up, from the number of changes the last one took in. */
export function refreshInterval(changes: number): number {
  return changes >= FLOOD_CHANGES ? FLOOD_INTERVAL_MS : CALM_INTERVAL_MS;
}

/** What a paced source needs from the page: a clock, timers and animation frames. */
export type Pacer = {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  requestAnimationFrame(run: () => void): unknown;
  cancelAnimationFrame(handle: unknown): void;
};

type Source<S> = { getState(): S; subscribe(listener: () => void): () => void };

/**
 * A selected value of a store, for `useSyncExternalStore`, that catches up in an animation frame
 * at most once per interval: a lone change shows in the next frame; a stream of them every
 * 100 ms; a flood (ten changes or more per catch-up) every 500 ms. The store itself stays exact.
 */
export function pacedSource<S, T>(store: Source<S>, selector: (state: S) => T, pacer: Pacer) {
  let value = selector(store.getState());
  return {
    snapshot: () => value,
    subscribe(notify: () => void) {
      let timer: unknown;
      let frame: unknown;
      let last = -Infinity;
      let interval = CALM_INTERVAL_MS;
      let changes = 0;
      const flush = () => {
        frame = undefined;
        last = pacer.now();
        interval = refreshInterval(changes);
        changes = 0;
        value = selector(store.getState());
        notify();
      };
      const unsubscribe = store.subscribe(() => {
        changes++;
        if (timer !== undefined || frame !== undefined) return;
        const wait = last + interval - pacer.now();
        if (wait <= 0) frame = pacer.requestAnimationFrame(flush);
        else
          timer = pacer.setTimeout(() => {
            timer = undefined;
            frame = pacer.requestAnimationFrame(flush);
          }, wait);
      });
      // Catch up with anything that changed between the first render and subscribing.
      flush();
      return () => {
        if (timer !== undefined) pacer.clearTimeout(timer);
        if (frame !== undefined) pacer.cancelAnimationFrame(frame);
        unsubscribe();
      };
    },
  };
}
