import { describe, expect, it, vi } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { deferNotices, inBackground } from './defer-notices';

// Node does not order a MessagePort message against a timer: wait for the notice itself, and
// give one that must not come a generous while to show up anyway.
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('deferNotices', () => {
  const setup = () => {
    const store = createStore<{ n: number }>(() => ({ n: 0 }));
    const view = deferNotices(store);
    const seen: [number, number][] = [];
    const unsubscribe = view.subscribe((state, previous) => seen.push([state.n, previous.n]));
    return { store, view, seen, unsubscribe };
  };

  it('tells listeners of a foreground change (a click) at once', () => {
    const { store, seen } = setup();
    store.setState({ n: 1 });
    expect(seen).toEqual([[1, 0]]);
  });

  it('tells of a run of background changes once, a task later; the state is exact at once', async () => {
    const { store, view, seen } = setup();
    for (const n of [1, 2, 3]) inBackground(() => store.setState({ n }));
    expect(view.getState().n).toBe(3);
    expect(seen).toEqual([]);
    // One notice for the three changes, with the state before the first one.
    await vi.waitFor(() => expect(seen).toEqual([[3, 0]]));
    await settle();
    expect(seen).toEqual([[3, 0]]);
  });

  it('delivers a queued background change with the next foreground one, and only once', async () => {
    const { store, seen } = setup();
    inBackground(() => store.setState({ n: 1 }));
    store.setState({ n: 2 });
    expect(seen).toEqual([[2, 0]]);
    await settle();
    expect(seen).toEqual([[2, 0]]);
  });

  it('stops notifying a listener once it unsubscribes', async () => {
    const { store, seen, unsubscribe } = setup();
    inBackground(() => store.setState({ n: 1 }));
    unsubscribe();
    await settle();
    expect(seen).toEqual([]);
  });

  describe("'frame' timing (relayed pushes)", () => {
    const setupFrames = () => {
      const store = createStore<{ n: number }>(() => ({ n: 0 }));
      const frames: (() => void)[] = [];
      const view = deferNotices(store, (run) => frames.push(run));
      const seen: [number, number][] = [];
      view.subscribe((state, previous) => seen.push([state.n, previous.n]));
      const frame = () => frames.splice(0).forEach((run) => run());
      return { store, seen, frame, frames };
    };

    it('tells of a run of changes once, in the next animation frame, not the next task', async () => {
      const { store, seen, frame, frames } = setupFrames();
      for (const n of [1, 2, 3]) inBackground(() => store.setState({ n }), 'frame');
      expect(frames).toHaveLength(1);
      await settle();
      expect(seen).toEqual([]);
      frame();
      expect(seen).toEqual([[3, 0]]);
    });

    it('tells a task later after all when a task-timed change joins the wait', async () => {
      const { store, seen, frame } = setupFrames();
      inBackground(() => store.setState({ n: 1 }), 'frame');
      inBackground(() => store.setState({ n: 2 }));
      await vi.waitFor(() => expect(seen).toEqual([[2, 0]]));
      frame(); // the frame comes after: nothing left to tell
      expect(seen).toEqual([[2, 0]]);
    });

    it('is told at once by a foreground change, and waits for a frame again afterwards', async () => {
      const { store, seen, frame } = setupFrames();
      inBackground(() => store.setState({ n: 1 }), 'frame');
      store.setState({ n: 2 });
      expect(seen).toEqual([[2, 0]]);
      inBackground(() => store.setState({ n: 3 }), 'frame');
      await settle();
      expect(seen).toEqual([[2, 0]]);
      frame();
      expect(seen).toEqual([
        [2, 0],
        [3, 2],
      ]);
    });
  });
});
