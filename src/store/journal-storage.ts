import type { UseStore } from 'idb-keyval';
import { Journal, type JournalEntry } from './journal';

/**
 * Where the journal is stored: one IndexedDB record per entry, keyed by a number, in its own
 * database (`tilecast-journal`). Each write is one transaction of whole entries, so a reload
 * in the middle of a burst leaves the records of the transactions that committed and none of
 * the one in flight: every stored entry is whole (issue 11).
 */
export type JournalRecords = {
  /** Every stored entry, in key order. */
  load(): Promise<unknown[]>;
  /** Every record's key, in key order (a record that fails its check is still stored). */
  keys(): Promise<number[]>;
  /** Writes the entries in one transaction: all of them, or none. */
  put(records: [key: number, entry: JournalEntry][]): Promise<void>;
  remove(keys: number[]): Promise<void>;
  clear(): Promise<void>;
};

export const JOURNAL_DB = 'tilecast-journal';
export const JOURNAL_STORE = 'entries';

const done = (tx: IDBTransaction) =>
  new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = tx.onerror = () => reject(tx.error ?? new DOMException('aborted', 'AbortError'));
  });

/** The records in an idb-keyval store (one database, one object store). */
export function idbRecords(db: UseStore): JournalRecords {
  const write = (apply: (store: IDBObjectStore) => void) =>
    db('readwrite', (store) => {
      const finished = done(store.transaction);
      try {
        apply(store);
      } catch (error) {
        // A put that throws (quota, a value that cannot be cloned) must not commit the rest.
        store.transaction.abort();
        void finished.catch(() => undefined);
        throw error;
      }
      return finished;
    });
  return {
    load: () =>
      db(
        'readonly',
        (store) =>
          new Promise<unknown[]>((resolve, reject) => {
            const request = store.getAll();
            request.onsuccess = () => resolve(request.result);
            request.onerror = () => reject(request.error);
          }),
      ),
    keys: () =>
      db(
        'readonly',
        (store) =>
          new Promise<number[]>((resolve, reject) => {
            const request = store.getAllKeys();
            request.onsuccess = () => resolve(request.result as number[]);
            request.onerror = () => reject(request.error);
          }),
      ),
    put: (records) => write((store) => records.forEach(([key, entry]) => store.put(entry, key))),
    remove: (keys) => write((store) => keys.forEach((key) => store.delete(key))),
    clear: () => write((store) => store.clear()),
  };
}

export const isQuotaError = (error: unknown) =>
  typeof error === 'object' &&
  error !== null &&
  'name' in error &&
  (error.name === 'QuotaExceededError' ||
    // Firefox names it differently when the whole origin is over its limit.
    error.name === 'NS_ERROR_DOM_QUOTA_REACHED');

/** At most this many entries per transaction, so one write never holds the page for long. */
export const WRITE_CHUNK = 1000;

/**
 * Keeps the stored records equal to the journal, writing only what changed: new entries, entries
 * with a later fate (a new object), and deletions of evicted ones. Entries are keyed by `seq`;
 * a journal whose seqs are not strictly increasing (an odd import) is keyed by position and
 * rewritten whole.
 *
 * A save of the same journal as the last one (same lineage) costs what changed since, read from
 * the journal's positions and its log of fates: scanning 50,000 entries per save was a cost that
 * grew with the journal (issue 21). Anything else (the first save, an import, a failed write)
 * compares every entry once.
 */
/** Where the last complete save left a Journal: its lineage, version, and its positions' keys. */
type Cursor = {
  lineage: object;
  version: number;
  start: number;
  end: number;
  /** The key of position p is keys[head + p - start]. */
  keys: number[];
  head: number;
};

export function journalWriter(records: JournalRecords) {
  let saved = new WeakSet<JournalEntry>();
  let stored = new Set<number>();
  /** Where the last complete save left a Journal: its lineage, version and positions' keys. */
  let cursor: Cursor | undefined;

  /** Keys by seq; by position (and `whole`: rewrite everything) when seqs do not increase. */
  const keying = (journal: readonly JournalEntry[]) => {
    for (let i = 1; i < journal.length; i++)
      if (!(journal[i]!.seq > journal[i - 1]!.seq))
        return { whole: true, key: (_: JournalEntry, index: number) => index + 1 };
    return { whole: false, key: (entry: JournalEntry) => entry.seq };
  };

  /** What to write and delete, comparing every entry. */
  const compareAll = (journal: readonly JournalEntry[]) => {
    const { whole, key } = keying(journal);
    const keys = new Set<number>();
    const order: number[] = [];
    const pending: [number, JournalEntry][] = [];
    journal.forEach((entry, index) => {
      const k = key(entry, index);
      keys.add(k);
      order.push(k);
      if (whole || !saved.has(entry) || !stored.has(k)) pending.push([k, entry]);
    });
    const gone = [...stored].filter((k) => !keys.has(k));
    return { whole, order, pending, gone };
  };

  /** What changed since the cursor, from the journal's positions; undefined: compare all. */
  const compareSince = (journal: Journal, c: Cursor) => {
    if (c.lineage !== journal.lineage || journal.start < c.start) return undefined;
    const fated = journal.fatedSince(c.version);
    if (!fated) return undefined;
    const keyAt = (position: number) => c.keys[c.head + position - c.start]!;
    const gone: number[] = [];
    for (let p = c.start; p < Math.min(journal.start, c.end); p++) gone.push(keyAt(p));
    const pending: [number, JournalEntry][] = [];
    for (const p of fated)
      if (p >= journal.start && p < c.end) pending.push([keyAt(p), journal.atPosition(p)!]);
    let last = c.end > c.start ? keyAt(c.end - 1) : -Infinity;
    const added: number[] = [];
    for (let p = Math.max(c.end, journal.start); p < journal.end; p++) {
      const entry = journal.atPosition(p)!;
      // A seq that does not increase: this journal is keyed by position, compare all.
      if (!(entry.seq > last)) return undefined;
      last = entry.seq;
      added.push(entry.seq);
      pending.push([entry.seq, entry]);
    }
    return { gone, pending, added };
  };

  const write = async (gone: number[], pending: [number, JournalEntry][]) => {
    if (gone.length > 0) {
      await records.remove(gone);
      for (const k of gone) stored.delete(k);
    }
    for (let i = 0; i < pending.length; i += WRITE_CHUNK) {
      const chunk = pending.slice(i, i + WRITE_CHUNK);
      await records.put(chunk);
      for (const [k, entry] of chunk) {
        saved.add(entry);
        stored.add(k);
      }
      // Let the page breathe between chunks (a 100,000-entry import is 100 transactions).
      if (i + WRITE_CHUNK < pending.length) await new Promise((r) => setTimeout(r, 0));
    }
  };

  return {
    /**
     * After a load: these entries are already stored. `keys`, when given, are every stored key,
     * those of records that were dropped on reading too: the next save deletes them.
     */
    loaded(journal: readonly JournalEntry[], keys?: readonly number[]) {
      const { key } = keying(journal);
      saved = new WeakSet(journal);
      stored = new Set(keys ?? journal.map(key));
      cursor = undefined;
    },
    /** Writes the difference; rejects (with the storage's error) if a transaction failed. */
    async save(journal: Journal | readonly JournalEntry[]): Promise<void> {
      const previous = cursor;
      // Until this save completes, the next one compares everything (a write may fail).
      cursor = undefined;
      if (!(journal instanceof Journal)) {
        const all = compareAll(journal);
        return write(all.gone, all.pending);
      }
      // Read now: the journal may change while the writes are awaited.
      const { lineage, version, start, end } = journal;
      const since = previous && compareSince(journal, previous);
      if (since) {
        await write(since.gone, since.pending);
        const keys = previous.keys;
        let head = previous.head + (start - previous.start);
        keys.push(...since.added);
        // The keys of evicted positions go once they are half the array: amortised O(1).
        if (head > 1024 && head * 2 > keys.length) {
          keys.splice(0, head);
          head = 0;
        }
        cursor = { lineage, version, start, end, keys, head };
        return;
      }
      const all = compareAll(journal.toArray());
      await write(all.gone, all.pending);
      if (!all.whole) cursor = { lineage, version, start, end, keys: all.order, head: 0 };
    },
  };
}
