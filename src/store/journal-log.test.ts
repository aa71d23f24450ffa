import { describe, expect, it } from 'vitest';
import type { Fate, JournalEntry, LifecycleEntry, RequestEntry } from './journal';
import { Journal } from './journal-log';

const lifecycle = (seq: number): LifecycleEntry => ({
  kind: 'lifecycle',
  id: `entry-${seq}`,
  seq,
  at: seq,
  appId: 'app',
  event: 'appInstalled',
  detail: `#${seq}`,
});

const request = (seq: number, msgId = `m${seq}`, service: 'wns' | 'mpns' = 'wns') =>
  ({
    kind: 'request',
    id: `entry-${seq}`,
    seq,
    at: seq,
    source: 'page',
    service,
    type: 'toast',
    request: { method: 'POST', url: 'u', headers: {}, body: '', size: 0 },
    response: { status: 200, statusText: 'OK', headers: {}, body: '' },
    verdict: { status: 200 },
    msgId,
    outcomes: [],
  }) as unknown as RequestEntry;

const shown: Fate = { kind: 'shown', detail: 'toast' } as Fate;

describe('the journal log', () => {
  it('appends in order, reads by index from either end, and changes handle per change', () => {
    const a = Journal.empty();
    const b = a.append(lifecycle(1)).append(request(2));
    expect(b).not.toBe(a);
    expect(b.version).toBeGreaterThan(a.version);
    expect(b.length).toBe(2);
    expect(b.at(0)?.seq).toBe(1);
    expect(b.at(-1)?.seq).toBe(2);
    expect(b.at(2)).toBeUndefined();
    expect(b.toArray().map((e) => e.seq)).toEqual([1, 2]);
    expect(Array.isArray(b.toArray())).toBe(true);
  });

  it('evicts the oldest at its ring size, keeping the newest, positions moving on', () => {
    let j = Journal.empty();
    let evicted = 0;
    for (let seq = 1; seq <= 5000; seq++) {
      const capped = j.append(request(seq)).cap(1000);
      j = capped.journal;
      evicted += capped.evicted;
    }
    expect(j.length).toBe(1000);
    expect(evicted).toBe(4000);
    expect(j.start).toBe(4000);
    expect(j.end).toBe(5000);
    expect(j.at(0)?.seq).toBe(4001);
    expect(j.toArray().map((e) => e.seq)).toEqual(Array.from({ length: 1000 }, (_, i) => 4001 + i));
    expect(j.byId('entry-10')).toBeUndefined();
    expect(j.byId('entry-4500')?.seq).toBe(4500);
    // Under the limit, nothing changes: the same handle.
    expect(j.cap(1000)).toEqual({ journal: j, evicted: 0 });
  });

  it('adds a fate by message id, as a new entry object, and logs which position changed', () => {
    const j = Journal.from([request(1, 'a'), lifecycle(2), request(3, 'b')]);
    const old = j.at(0);
    const next = j.addFate('a', shown);
    expect(next).not.toBe(j);
    expect(next.at(0)).not.toBe(old);
    expect((next.at(0) as RequestEntry).outcomes).toEqual([shown]);
    expect(next.fatedSince(j.version)).toEqual([0]);
    expect(next.fatedSince(next.version)).toEqual([]);
    // Unknown ids change nothing.
    expect(next.addFate('nope', shown)).toBe(next);
  });

  it('ignores a fate for an evicted entry, and forgets its message id', () => {
    let j = Journal.from([request(1, 'gone'), request(2, 'kept')]);
    j = j.cap(1).journal;
    expect(j.byMsgId('gone')).toBeUndefined();
    expect(j.addFate('gone', shown)).toBe(j);
    expect(j.toArray()).toHaveLength(1);
    expect((j.addFate('kept', shown).at(0) as RequestEntry).outcomes).toHaveLength(1);
  });

  it('finds the newest entry of a repeated message id or entry id', () => {
    const j = Journal.from([request(1, 'same'), request(2, 'same')]);
    expect(j.byMsgId('same')?.seq).toBe(2);
    const dup = Journal.from([lifecycle(1), { ...lifecycle(2), id: 'entry-1' }]);
    expect(dup.byId('entry-1')?.seq).toBe(2);
    expect(dup.findLast((e) => e.seq === 1)?.seq).toBe(1);
  });

  it('keeps the filter facets as entries come and go', () => {
    let j = Journal.from([request(1, 'a', 'mpns'), request(2, 'b', 'wns'), lifecycle(3)]);
    expect(j.facets()).toEqual({ service: ['mpns', 'wns'], type: ['toast'] });
    j = j.cap(2).journal;
    expect(j.facets()).toEqual({ service: ['wns'], type: ['toast'] });
  });

  it('drops the oldest entries on demand (a full disk)', () => {
    const j = Journal.from([1, 2, 3, 4].map(lifecycle)).dropOldest(3);
    expect(j.toArray().map((e) => e.seq)).toEqual([4]);
  });

  it('tells a reader too far behind on fates to start over', () => {
    let j = Journal.from(Array.from({ length: 10 }, (_, i) => request(i + 1, `m${i}`)));
    const first = j.version;
    for (let i = 0; i < 10_000; i++) j = j.addFate(`m${i % 10}`, shown);
    expect(j.fatedSince(first)).toBeUndefined();
    expect(j.fatedSince(j.version - 2)).toHaveLength(2);
  });

  it('gives out arrays that later pushes and evictions leave alone', () => {
    const big = Journal.from(Array.from({ length: 50_000 }, (_, i) => lifecycle(i + 1)));
    const array = big.toArray();
    const next = big.append(lifecycle(50_001)).cap(50_000).journal;
    expect(next.length).toBe(50_000);
    // The array of an older version is not touched by later changes.
    expect(array).toHaveLength(50_000);
    expect(array[0]?.seq).toBe(1);
  });
});

describe('the journal log with fates across a ring', () => {
  it('a fate after evictions lands on the right entry', () => {
    let j: Journal = Journal.empty();
    for (let seq = 1; seq <= 3000; seq++) j = j.append(request(seq)).cap(500).journal;
    j = j.addFate('m2900', shown);
    const entry = j.toArray().find((e: JournalEntry) => e.seq === 2900) as RequestEntry;
    expect(entry.outcomes).toEqual([shown]);
    expect(j.atPosition(2899)).toBe(entry);
  });
});
