import type { UseStore } from 'idb-keyval';
import type { JournalEntry } from './journal';

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
 */
export function journalWriter(records: JournalRecords) {
  let saved = new WeakSet<JournalEntry>();
  let stored = new Set<number>();

  /** Keys by seq; by position (and `whole`: rewrite everything) when seqs do not increase. */
  const keying = (journal: readonly JournalEntry[]) => {
    for (let i = 1; i < journal.length; i++)
      if (!(journal[i]!.seq > journal[i - 1]!.seq))
        return { whole: true, key: (_: JournalEntry, index: number) => index + 1 };
    return { whole: false, key: (entry: JournalEntry) => entry.seq };
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
    },
    /** Writes the difference; rejects (with the storage's error) if a transaction failed. */
    async save(journal: readonly JournalEntry[]): Promise<void> {
      const { whole, key } = keying(journal);
      const keys = new Set<number>();
      const pending: [number, JournalEntry][] = [];
      journal.forEach((entry, index) => {
        const k = key(entry, index);
        keys.add(k);
        if (whole || !saved.has(entry) || !stored.has(k)) pending.push([k, entry]);
      });
      const gone = [...stored].filter((k) => !keys.has(k));
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
    },
  };
}
