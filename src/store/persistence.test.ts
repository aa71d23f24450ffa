import { describe, expect, it } from 'vitest';
import { sampleJournal } from './inspector/test-journal';
import { readSnapshot, toSnapshot } from './persistence';

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
