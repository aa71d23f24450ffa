import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { CALM_INTERVAL_MS, FLOOD_INTERVAL_MS, pacedSource, type Pacer } from './paced-source';

/** A page clock run by hand: timers fire as time advances, frames when asked to. */
function fakePage() {
  let now = 0;
  let timers: { at: number; run: () => void; id: number }[] = [];
  let frames: { run: () => void; id: number }[] = [];
  let ids = 0;
  const pacer: Pacer = {
    now: () => now,
    setTimeout: (run, ms) => (timers.push({ at: now + ms, run, id: ++ids }), ids),
    clearTimeout: (id) => void (timers = timers.filter((t) => t.id !== id)),
    requestAnimationFrame: (run) => (frames.push({ run, id: ++ids }), ids),
    cancelAnimationFrame: (id) => void (frames = frames.filter((f) => f.id !== id)),
  };
  /** Moves the clock on, firing due timers, then paints one frame. */
  const advance = (ms: number) => {
    now += ms;
    for (const t of timers.filter((t) => t.at <= now)) {
      timers = timers.filter((x) => x !== t);
      t.run();
    }
    const due = frames;
    frames = [];
    for (const f of due) f.run();
  };
  return { pacer, advance, pending: () => timers.length + frames.length };
}

function setup() {
  const store = createStore<{ n: number }>(() => ({ n: 0 }));
  const page = fakePage();
  const source = pacedSource(store, (s) => s.n, page.pacer);
  const seen: number[] = [];
  const unsubscribe = source.subscribe(() => seen.push(source.snapshot()));
  seen.length = 0; // the catch-up on subscribing
  /** One change every `every` ms for `during` ms, the clock moving on after each. */
  const stream = (every: number, during: number) => {
    for (let t = 0; t < during; t += every) {
      store.setState({ n: store.getState().n + 1 });
      page.advance(every);
    }
  };
  return { store, page, source, seen, unsubscribe, stream };
}

describe('pacedSource', () => {
  it('shows a lone change in the next frame', () => {
    const { store, page, seen } = setup();
    page.advance(1000);
    store.setState({ n: 1 });
    expect(seen).toEqual([]);
    page.advance(16);
    expect(seen).toEqual([1]);
  });

  it('catches up with a steady stream every 100 ms, with everything that arrived', () => {
    const { page, seen, source, stream } = setup();
    page.advance(1000);
    // Five changes per 100 ms: a stream, not a flood.
    stream(20, 500);
    expect(seen.length).toBeGreaterThanOrEqual(4);
    expect(seen.length).toBeLessThanOrEqual(6);
    page.advance(CALM_INTERVAL_MS);
    expect(source.snapshot()).toBe(25);
  });

  it('slows to every 500 ms in a flood, and shows a lone change at once afterwards', () => {
    const { store, page, seen, source, stream } = setup();
    page.advance(1000);
    // A flood: one change every 4 ms (250 a second) for two seconds.
    stream(4, 2000);
    // Ten a second would be 20 catch-ups; two a second, about 4.
    expect(seen.length).toBeGreaterThanOrEqual(3);
    expect(seen.length).toBeLessThanOrEqual(6);
    page.advance(FLOOD_INTERVAL_MS);
    expect(source.snapshot()).toBe(500);
    page.advance(1000);
    seen.length = 0;
    store.setState({ n: 501 });
    page.advance(16);
    expect(seen).toEqual([501]);
  });

  it('leaves no timer or frame behind when unsubscribed', () => {
    const { store, page, seen, unsubscribe } = setup();
    store.setState({ n: 1 });
    store.setState({ n: 2 });
    expect(page.pending()).toBe(1);
    unsubscribe();
    expect(page.pending()).toBe(0);
    page.advance(1000);
    expect(seen).toEqual([]);
  });
});
