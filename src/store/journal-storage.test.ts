import { describe, expect, it, vi } from 'vitest';
import { encodeUtf8 } from '../protocol/http';
import { Journal, type JournalEntry } from './journal';
import { journalSaver, quotaNotice } from './journal-saver';
import { journalWriter, WRITE_CHUNK, type JournalRecords } from './journal-storage';
import { createTilecastStore } from './store';

/**
 * Records in memory, with what IndexedDB promises: a transaction is all or nothing. `capacity`
 * is a quota in records: a put beyond it fails as a browser does, with a QuotaExceededError.
 */
function memoryRecords(capacity = Infinity) {
  const rows = new Map<number, JournalEntry>();
  const calls: { put: number[][]; remove: number[][] } = { put: [], remove: [] };
  const records: JournalRecords = {
    load: async () =>
      [...rows.keys()].sort((a, b) => a - b).map((k) => structuredClone(rows.get(k)!)),
    keys: async () => [...rows.keys()].sort((a, b) => a - b),
    async put(batch) {
      calls.put.push(batch.map(([k]) => k));
      const fresh = new Set(batch.map(([k]) => k).filter((k) => !rows.has(k)));
      if (rows.size + fresh.size > capacity)
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      for (const [k, entry] of batch) rows.set(k, structuredClone(entry));
    },
    async remove(keys) {
      calls.remove.push(keys);
      for (const k of keys) rows.delete(k);
    },
    async clear() {
      rows.clear();
    },
  };
  return { records, rows, calls };
}

/** A real store whose journal holds `count` raw pushes to an MPNS channel. */
function storeWith(count: number) {
  const store = createTilecastStore({ seed: 3, sampleApp: false });
  const { uri } = store.getState().openChannel({ service: 'mpns', app: 'Flood' });
  for (let i = 0; i < count; i++)
    store.getState().receive({
      method: 'POST',
      url: uri,
      headers: { 'x-notificationclass': '3' },
      body: encodeUtf8(`raw ${i}`),
    });
  return store;
}

describe('the journal records', () => {
  it('write only what changed: new entries, a later fate, evictions', async () => {
    const store = storeWith(20);
    const { records, rows, calls } = memoryRecords();
    const writer = journalWriter(records);
    await writer.save(store.getState().journal.toArray());
    expect(rows.size).toBe(store.getState().journal.toArray().length);

    calls.put.length = 0;
    store.getState().installApp('Later');
    await writer.save(store.getState().journal.toArray());
    expect(calls.put).toEqual([[store.getState().seq]]);

    calls.put.length = 0;
    const journal = store.getState().journal.toArray();
    const changed = { ...journal[5]!, at: 1 };
    store.setState({ journal: Journal.from(journal.map((e, i) => (i === 5 ? changed : e))) });
    await writer.save(store.getState().journal.toArray());
    expect(calls.put).toEqual([[changed.seq]]);

    store.getState().setJournalLimit(10);
    await writer.save(store.getState().journal.toArray());
    expect(calls.remove.at(-1)).toHaveLength(journal.length - 10);
    expect(await records.load()).toEqual(store.getState().journal.toArray());
  });

  it('write a large journal in chunks of whole entries', async () => {
    const store = storeWith(WRITE_CHUNK + 50);
    const { records, calls } = memoryRecords();
    await journalWriter(records).save(store.getState().journal.toArray());
    expect(calls.put.map((c) => c.length)).toEqual([
      WRITE_CHUNK,
      store.getState().seq - WRITE_CHUNK,
    ]);
    expect(await records.load()).toEqual(store.getState().journal.toArray());
  });

  it('keep the order of an imported journal whose seqs repeat (keyed by position)', async () => {
    const store = storeWith(3);
    const [a, b, c] = store.getState().journal.toArray().slice(-3) as JournalEntry[];
    const odd = [c!, { ...a!, seq: c!.seq }, b!];
    const { records } = memoryRecords();
    await journalWriter(records).save(odd);
    expect(await records.load()).toEqual(odd);
  });

  it('say nothing when a write fails for another reason: the caller reports it', async () => {
    const { records } = memoryRecords();
    const failing = { ...records, put: () => Promise.reject(new Error('disk on fire')) };
    const store = storeWith(2);
    await expect(journalSaver(failing).save(store)).rejects.toThrow('disk on fire');
    expect(store.getState().inspector.notice).toBeNull();
  });
});

describe('storage quota exhaustion', () => {
  it('evicts the oldest entries with a notice until the journal fits, then stores it', async () => {
    const store = storeWith(78);
    const before = store.getState().journal.toArray();
    expect(before).toHaveLength(80);
    const { records, rows } = memoryRecords(50);

    await journalSaver(records).save(store);
    const after = store.getState().journal.toArray();
    const evicted = before.length - after.length;
    expect(after.length).toBeLessThanOrEqual(50);
    expect(after).toEqual(before.slice(evicted));
    expect(store.getState().inspector.evicted).toBe(evicted);
    expect(store.getState().inspector.notice).toBe(quotaNotice(evicted));
    expect(rows.size).toBe(after.length);
    expect(await records.load()).toEqual(after);
  });

  it('keeps evicting as new entries arrive against a full disk', async () => {
    const store = storeWith(40);
    const { records } = memoryRecords(45);
    const saver = journalSaver(records);
    await saver.save(store);
    const { uri } = store.getState().openChannel({ service: 'mpns', app: 'Flood' });
    for (let i = 0; i < 20; i++)
      store.getState().receive({ method: 'POST', url: uri, headers: {}, body: encodeUtf8('more') });
    await saver.save(store);
    expect(store.getState().journal.toArray().length).toBeLessThanOrEqual(45);
    expect(store.getState().journal.toArray().at(-1)!.seq).toBe(store.getState().seq);
    expect(await records.load()).toEqual(store.getState().journal.toArray());
    expect(store.getState().inspector.notice).toMatch(/^Storage is full: the oldest \d+ journal/);
  });
});

describe('the journal records of a live journal (issue 21)', () => {
  const entries = (from: number, to: number) =>
    Array.from({ length: to - from + 1 }, (_, i) => ({
      kind: 'lifecycle' as const,
      id: `entry-${from + i}`,
      seq: from + i,
      at: from + i,
      appId: 'app',
      event: 'appInstalled' as const,
      detail: '',
    }));
  const withMsg = (seq: number): JournalEntry =>
    ({
      ...storeWith(1).getState().journal.at(-1)!,
      id: `entry-${seq}`,
      seq,
      msgId: `m${seq}`,
      outcomes: [],
    }) as JournalEntry;

  it('after the first save, write only new entries, fated ones and evictions, never the rest', async () => {
    const { records, calls } = memoryRecords();
    const writer = journalWriter(records);
    let journal = Journal.from([...entries(1, 2000), withMsg(2001)]);
    await writer.save(journal);
    const toArray = vi.spyOn(Journal.prototype, 'toArray');

    calls.put.length = 0;
    journal = journal.append(entries(2002, 2002)[0]!).addFate('m2001', {
      kind: 'expired',
      reason: 'late',
    });
    journal = journal.cap(1500).journal;
    await writer.save(journal);
    expect(calls.put).toEqual([[2001, 2002]]);
    expect(calls.remove.at(-1)).toEqual(Array.from({ length: 502 }, (_, i) => i + 1));
    expect(toArray).not.toHaveBeenCalled();
    toArray.mockRestore();

    // What is stored reads back as the same journal: a round trip.
    const back = Journal.from((await records.load()) as JournalEntry[]);
    expect(back.toArray()).toEqual(journal.toArray());
    expect((back.byMsgId('m2001') as { outcomes: unknown[] }).outcomes).toHaveLength(1);
  });

  it('a ring that turns over many times stores exactly the kept entries', async () => {
    const { records, rows } = memoryRecords();
    const writer = journalWriter(records);
    let journal = Journal.empty();
    for (let seq = 1; seq <= 5000; seq++) {
      journal = journal.append(entries(seq, seq)[0]!).cap(300).journal;
      if (seq % 97 === 0) await writer.save(journal);
    }
    await writer.save(journal);
    expect(rows.size).toBe(300);
    expect(await records.load()).toEqual(journal.toArray());
  });

  it('after an import (a new journal), compare everything once', async () => {
    const { records } = memoryRecords();
    const writer = journalWriter(records);
    await writer.save(Journal.from(entries(1, 10)));
    const imported = Journal.from(entries(5, 7));
    await writer.save(imported);
    expect(await records.load()).toEqual(imported.toArray());
  });
});
