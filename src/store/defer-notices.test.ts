import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { deferNotices } from './defer-notices';

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('deferNotices', () => {
  it('keeps the state exact at once and notifies once, a task later, for a run of changes', async () => {
    const store = createStore<{ n: number }>(() => ({ n: 0 }));
    const view = deferNotices(store);
    const seen: [number, number][] = [];
    view.subscribe((state, previous) => seen.push([state.n, previous.n]));
    store.setState({ n: 1 });
    store.setState({ n: 2 });
    store.setState({ n: 3 });
    expect(view.getState().n).toBe(3);
    expect(seen).toEqual([]);
    await nextTask();
    // One notice for the three changes, with the state before the first one.
    expect(seen).toEqual([[3, 0]]);
    store.setState({ n: 4 });
    await nextTask();
    expect(seen).toEqual([
      [3, 0],
      [4, 3],
    ]);
  });

  it('stops notifying a listener once it unsubscribes', async () => {
    const store = createStore<{ n: number }>(() => ({ n: 0 }));
    const view = deferNotices(store);
    let calls = 0;
    const unsubscribe = view.subscribe(() => calls++);
    store.setState({ n: 1 });
    unsubscribe();
    await nextTask();
    expect(calls).toBe(0);
  });
});
