import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import { isJournalEntry } from './inspector/json';
import { storedJournal } from './journal-saver';
import { normaliseLimit } from './inspector/ring';
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

export type Snapshot = Pick<TilecastState, 'clock' | 'service' | 'device' | 'journal' | 'seq'> & {
  version: typeof SNAPSHOT_VERSION;
  inspector: { journalLimit: number; evicted: number };
};

export const toSnapshot = (s: TilecastState): Snapshot => ({
  version: SNAPSHOT_VERSION,
  clock: s.clock,
  service: s.service,
  device: s.device,
  journal: s.journal,
  seq: s.seq,
  inspector: { journalLimit: s.inspector.journalLimit, evicted: s.inspector.evicted },
});

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Checks a stored record before it may replace the state; says what is wrong if it may not. */
export function readSnapshot(raw: unknown): { snapshot: Snapshot } | { problem: string } {
  if (!isObject(raw)) return { problem: 'the stored record is not an object' };
  if (raw.version !== SNAPSHOT_VERSION)
    return { problem: `it was saved in an incompatible format (version ${String(raw.version)})` };
  const { clock, service, device, journal, seq, inspector } = raw;
  if (!isObject(clock) || typeof clock.offsetMs !== 'number') return { problem: 'bad clock' };
  if (
    !isObject(service) ||
    !isObject(service.apps) ||
    !isObject(service.tokens) ||
    !isObject(service.channels) ||
    typeof service.connection !== 'string'
  )
    return { problem: 'bad push-service state' };
  if (
    !isObject(device) ||
    !isObject(device.apps) ||
    !Array.isArray(device.appOrder) ||
    !Array.isArray(device.actionCenter) ||
    !Array.isArray(device.log) ||
    !isObject(device.badges) ||
    !isObject(device.rawInbox) ||
    typeof device.connection !== 'string' ||
    typeof device.seq !== 'number'
  )
    return { problem: 'bad phone state' };
  if (!Array.isArray(journal)) return { problem: 'bad journal' };
  const bad = journal.findIndex((e) => !isJournalEntry(e));
  if (bad >= 0) return { problem: `journal entry ${bad + 1} is unreadable` };
  if (typeof seq !== 'number' || !isObject(inspector)) return { problem: 'bad counters' };
  return {
    snapshot: {
      ...(raw as Snapshot),
      inspector: {
        journalLimit: normaliseLimit(inspector.journalLimit),
        evicted: typeof inspector.evicted === 'number' ? inspector.evicted : 0,
      },
    },
  };
}

let db: UseStore | undefined;
const database = () => (db ??= createStore(DB_NAME, DB_STORE));

/** Loads the stored state into the store; a bad record is deleted and the user told why. */
export async function restore(store: TilecastStore): Promise<void> {
  let raw: unknown;
  // The journal has its own records (journal-saver.ts); older saves kept it inside the snapshot.
  const journal = storedJournal();
  let fromRecords = false;
  try {
    raw = await get(SNAPSHOT_KEY, database());
    if (isObject(raw) && !('journal' in raw)) {
      raw = { ...raw, journal: await journal.load() };
      fromRecords = true;
    }
  } catch (error) {
    store.getState().setNotice(`Stored state could not be opened (${String(error)}).`);
    return;
  }
  if (raw === undefined) return;
  const read = readSnapshot(raw);
  if ('problem' in read) {
    await del(SNAPSHOT_KEY, database()).catch(() => undefined);
    await journal.clear().catch(() => undefined);
    store
      .getState()
      .setNotice(`Stored state could not be used: ${read.problem}. Tilecast started clean.`);
    return;
  }
  const { version, inspector, ...state } = read.snapshot;
  void version;
  journal.loaded(fromRecords ? state.journal : []);
  // The journal may have been saved a little after the snapshot: never reuse an entry's seq.
  state.seq = Math.max(state.seq, ...state.journal.slice(-1).map((e) => e.seq));
  store.setState({ ...state, inspector: { ...store.getState().inspector, ...inspector } });
}

/** A change waits at most this long to be saved, however busy the page. */
const MAX_WAIT_MS = 1000;

/** Saves after each burst of changes (debounced); `flush` writes now and resolves when stored. */
export function autosave(store: TilecastStore, delayMs = 300): { flush(): Promise<void> } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let since = 0;
  let writing: Promise<void> = Promise.resolve();
  const journal = storedJournal();
  const write = () => {
    timer = undefined;
    // The snapshot record without the journal; the journal saves only what changed.
    const { journal: entries, ...rest } = toSnapshot(store.getState());
    void entries;
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
