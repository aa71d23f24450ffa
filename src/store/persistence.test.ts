import { describe, expect, it } from 'vitest';
import { sampleJournal } from './inspector/test-journal';
import { applySnapshot, toSnapshot } from './persistence';
import { readSnapshot } from './snapshot-read';
import { createTilecastStore } from './store';

const { store } = sampleJournal();
const stored = () => structuredClone(toSnapshot(store.getState()));

describe('the stored snapshot', () => {
  it('reads back what was saved: journal, phone, service, clock, ring size', () => {
    const read = readSnapshot(stored());
    expect(read).toEqual({ snapshot: stored(), dropped: [] });
  });

  it.each<[string, (s: Record<string, unknown>) => unknown, RegExp]>([
    ['not an object', () => 'garbage', /not an object/],
    ['another version', (s) => ({ ...s, version: 99 }), /incompatible format \(version 99\)/],
  ])('refuses %s with a reason', (_, corrupt, problem) => {
    const read = readSnapshot(corrupt(stored() as unknown as Record<string, unknown>));
    expect(read).toEqual({ problem: expect.stringMatching(problem) });
  });

  it('falls back to the default ring size when the stored one is nonsense', () => {
    const raw = { ...stored(), inspector: { journalLimit: -3, evicted: 2 } };
    const read = readSnapshot(raw);
    expect('snapshot' in read && read.snapshot.inspector).toEqual({
      journalLimit: 50_000,
      evicted: 2,
    });
  });
});

describe('applying a restored snapshot', () => {
  it('starts clean with a notice when a listener throws on it, and marks the store for saving', () => {
    const read = readSnapshot(stored());
    if (!('snapshot' in read)) throw new Error(read.problem);
    const target = createTilecastStore({ seed: 3 });
    // A listener that cannot take what was restored (as the phone snapshot once could not), and
    // takes a fresh start (a sample app's install and channel) well.
    target.subscribe((state, previous) => {
      if (state.journal !== previous.journal && state.journal.length > 4)
        throw new Error('cannot take this journal');
    });
    expect(applySnapshot(target, read.snapshot, [])).toEqual({ dirty: true });
    expect(target.getState().journal.toArray()).toEqual([]);
    expect(target.getState().inspector.notice).toBe(
      'Stored state could not be restored (cannot take this journal). Tilecast started clean.',
    );
  });

  it('restores and names what was left out otherwise', () => {
    const read = readSnapshot(stored());
    if (!('snapshot' in read)) throw new Error(read.problem);
    const target = createTilecastStore({ seed: 3 });
    const dropped = [{ name: 'the clock', problem: '`offsetMs` is more than 100 years' }];
    expect(applySnapshot(target, read.snapshot, dropped)).toEqual({ dirty: true });
    expect(target.getState().journal.toArray()).toEqual(store.getState().journal.toArray());
    expect(target.getState().inspector.notice).toMatch(/^1 stored item was unreadable/);
  });
});
