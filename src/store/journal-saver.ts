import { createStore } from 'idb-keyval';
import {
  idbRecords,
  isQuotaError,
  JOURNAL_DB,
  JOURNAL_STORE,
  journalWriter,
  type JournalRecords,
} from './journal-storage';
import type { TilecastStore } from './store';

/** On a full disk, this share of the oldest entries goes before the write is tried again. */
export const QUOTA_EVICT_SHARE = 0.1;

export const quotaNotice = (count: number) =>
  `Storage is full: the oldest ${count} journal ${count === 1 ? 'entry was' : 'entries were'} evicted to make room.`;

/**
 * Saves the store's journal into its records. When the browser refuses a write for lack of
 * space (QuotaExceededError), the oldest entries are evicted from the journal — counted with the
 * ring's evictions and told in a notice — and the write is tried again, until it fits: a write
 * never fails silently, and what is kept is the newest (issue 11).
 */
export function journalSaver(records: JournalRecords) {
  const writer = journalWriter(records);
  return {
    load: () => records.load(),
    keys: () => records.keys(),
    clear: () => records.clear(),
    loaded: writer.loaded,
    async save(store: TilecastStore): Promise<void> {
      let evicted = 0;
      for (;;) {
        try {
          await writer.save(store.getState().journal);
          break;
        } catch (error) {
          const { journal, inspector } = store.getState();
          if (!isQuotaError(error) || journal.length === 0) throw error;
          const count = Math.max(1, Math.ceil(journal.length * QUOTA_EVICT_SHARE));
          evicted += count;
          store.setState({
            journal: journal.dropOldest(count),
            inspector: { ...inspector, evicted: inspector.evicted + count },
          });
        }
      }
      if (evicted > 0) store.getState().setNotice(quotaNotice(evicted));
    },
  };
}

let shared: ReturnType<typeof journalSaver> | undefined;

/** The page's journal records (IndexedDB database `tilecast-journal`). */
export const storedJournal = () =>
  (shared ??= journalSaver(idbRecords(createStore(JOURNAL_DB, JOURNAL_STORE))));
