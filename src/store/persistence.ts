import { clear, createStore, get, set, type UseStore } from 'idb-keyval';
import { storedJournal } from './journal-saver';
import type { Dropped } from './schema/journal-entry';
import { Journal, type JournalEntry } from './journal';
import type { TilecastState, TilecastStore } from './store';

/**
 * What survives a reload: the journal, the phone (installed apps, channels, tiles, settings),
 * the service (credentials, tokens, channels), the clock and the inspector's ring size. Stored
 * as one IndexedDB record; bump SNAPSHOT_VERSION when its shape changes incompatibly.
 */
export const SNAPSHOT_VERSION = 1;
export const SNAPSHOT_KEY = 'snapshot';
export const DB_NAME = 'tilecast';
export const DB_STORE = 'state';

export type Snapshot = Pick<TilecastState, 'clock' | 'service' | 'device' | 'seq'> & {
  version: typeof SNAPSHOT_VERSION;
  journal: JournalEntry[];
  inspector: { journalLimit: number; evicted: number };
};

/** The snapshot record without the journal, which has records of its own (journal-saver.ts). */
const snapshotRecord = (s: TilecastState): Omit<Snapshot, 'journal'> => ({
  version: SNAPSHOT_VERSION,
  clock: s.clock,
  service: s.service,
  device: s.device,
  seq: s.seq,
  inspector: { journalLimit: s.inspector.journalLimit, evicted: s.inspector.evicted },
});

export const toSnapshot = (s: TilecastState): Snapshot => ({
  ...snapshotRecord(s),
  journal: s.journal.toArray(),
});

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** "Some stored state could not be used: …" — or null when everything was. */
export function restoreNotice(dropped: readonly Dropped[]): string | null {
  if (dropped.length === 0) return null;
  const listed = dropped
    .slice(0, 3)
    .map((d) => `${d.name}: ${d.problem}`)
    .join('; ');
  const more = dropped.length > 3 ? `; and ${dropped.length - 3} more` : '';
  const n = dropped.length;
  return `${n} stored ${n === 1 ? 'item was' : 'items were'} unreadable and left out (${listed}${more}). Everything else was restored.`;
}

let db: UseStore | undefined;
const database = () => (db ??= createStore(DB_NAME, DB_STORE));

/**
 * Loads the stored state into the store. What cannot be used is left out and named in a notice;
 * the rest is restored. Resolves `dirty` when the stored records still hold what was left out,
 * so the first save (by the tab that saves) writes the cleaned state.
 */
export async function restore(store: TilecastStore): Promise<{ dirty: boolean }> {
  let raw: unknown;
  let keys: number[] | undefined;
  // The journal has its own records (journal-saver.ts); older saves kept it inside the snapshot.
  const journal = storedJournal();
  try {
    raw = await get(SNAPSHOT_KEY, database());
    if (isObject(raw) && !('journal' in raw)) {
      [keys, raw] = [await journal.keys(), { ...raw, journal: await journal.load() }];
    }
  } catch (error) {
    store.getState().setNotice(`Stored state could not be opened (${String(error)}).`);
    return { dirty: false };
  }
  if (raw === undefined) return { dirty: false };
  // The checks (valibot and every schema) load only when there is something stored to check:
  // a first visit does not download them (B4).
  const { readSnapshot } = await import('./snapshot-read');
  const read = readSnapshot(raw);
  if ('problem' in read) {
    // Nothing of it can be read: the next save replaces it, journal records included.
    journal.loaded([], keys);
    store
      .getState()
      .setNotice(`Stored state could not be used: ${read.problem}. Tilecast started clean.`);
    return { dirty: true };
  }
  journal.loaded(keys ? read.snapshot.journal : [], keys);
  return applySnapshot(store, read.snapshot, read.dropped);
}

/**
 * Puts a checked snapshot into the store. Should a part the checks passed still make a listener
 * throw (a shape no check foresaw), the page starts clean instead of failing to start, says so,
 * and the first save replaces the stored state, so the next reload does not meet it again.
 */
export function applySnapshot(
  store: TilecastStore,
  snapshot: Snapshot,
  dropped: readonly Dropped[],
): { dirty: boolean } {
  const { version, inspector, journal, ...state } = snapshot;
  void version;
  try {
    store.setState({
      ...state,
      journal: Journal.from(journal),
      inspector: { ...store.getState().inspector, ...inspector },
    });
  } catch (error) {
    store.getState().resetEverything();
    store
      .getState()
      .setNotice(
        `Stored state could not be restored (${error instanceof Error ? error.message : String(error)}). Tilecast started clean.`,
      );
    return { dirty: true };
  }
  const notice = restoreNotice(dropped);
  if (notice) store.getState().setNotice(notice);
  return { dirty: dropped.length > 0 };
}

let halted = false;
/** After `clearStoredState`, nothing is saved again until the page reloads. */
export const savingHalted = () => halted;

/**
 * The last resort of the error boundary: deletes everything Tilecast keeps in this browser
 * (snapshot, package images, journal records, the composer's saved payloads) and stops saving,
 * so the reload that follows starts clean. Each part is tried even if another fails.
 */
export async function clearStoredState(storage: Storage | undefined = globalThis.localStorage) {
  halted = true;
  await Promise.allSettled([clear(database()), storedJournal().clear()]);
  for (const key of Object.keys(storage ?? {}))
    if (key.startsWith('tilecast')) storage?.removeItem(key);
}

/** A change waits at most this long to be saved, however busy the page. */
const MAX_WAIT_MS = 1000;

/** Saves after each burst of changes (debounced); `flush` writes now and resolves when stored. */
export function autosave(
  store: TilecastStore,
  { delayMs = 300, dirty = false } = {},
): { flush(): Promise<void> } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let since = 0;
  let writing: Promise<void> = Promise.resolve();
  const journal = storedJournal();
  const write = () => {
    timer = undefined;
    if (halted) return writing;
    // The snapshot record without the journal (a copy of it per save grew with the journal);
    // the journal saves only what changed.
    const rest = snapshotRecord(store.getState());
    writing = writing.then(() =>
      set(SNAPSHOT_KEY, rest, database())
        .then(() => journal.save(store))
        .catch((error: unknown) =>
          store.getState().setNotice(`Could not save Tilecast's state (${String(error)}).`),
        ),
    );
    return writing;
  };
  store.subscribe((state, previous) => {
    const changed =
      state.journal !== previous.journal ||
      state.device !== previous.device ||
      state.service !== previous.service ||
      state.clock !== previous.clock ||
      state.seq !== previous.seq ||
      state.inspector.journalLimit !== previous.inspector.journalLimit;
    if (!changed) return;
    if (timer === undefined) {
      timer = setTimeout(write, delayMs);
      since = performance.now();
    } else if (performance.now() - since > MAX_WAIT_MS) {
      // A flood keeps the page so busy that the timer may not fire until it ends: save as it
      // goes, so a reload mid-flood keeps all but the last second.
      clearTimeout(timer);
      void write();
    }
  });
  // A restore that left something out: write the cleaned state now, not at the next change.
  if (dirty) {
    timer = setTimeout(write, 0);
    since = performance.now();
  }
  return {
    // Until nothing is pending: a save can itself change the state (quota evictions).
    async flush() {
      do {
        if (timer !== undefined) clearTimeout(timer);
        await (timer !== undefined ? write() : writing);
      } while (timer !== undefined);
    },
  };
}
