import { createStore, get, set, type UseStore } from 'idb-keyval';
import { DB_NAME, DB_STORE, savingHalted } from './persistence';
import type { TilecastStore } from './store';

/**
 * Designers' package images survive a reload: kept as Blobs under their own IndexedDB key, apart
 * from the state snapshot (which holds no Blobs and is versioned on its own).
 */
export const PACKAGES_KEY = 'packages';

type Stored = Record<string, { name: string; type: string; size: number; blob: Blob }[]>;

let db: UseStore | undefined;
const database = () => (db ??= createStore(DB_NAME, DB_STORE));

const isStored = (v: unknown): v is Stored =>
  typeof v === 'object' &&
  v !== null &&
  Object.values(v).every(
    (files) =>
      Array.isArray(files) &&
      files.every(
        (f: Record<string, unknown>) =>
          typeof f?.name === 'string' && typeof f.type === 'string' && f.blob instanceof Blob,
      ),
  );

/** Puts the stored packages back; an unreadable record is ignored and the user told. */
export async function restorePackages(store: TilecastStore): Promise<void> {
  try {
    const raw: unknown = await get(PACKAGES_KEY, database());
    if (raw === undefined) return;
    if (isStored(raw)) await store.getState().loadPackages(raw);
    else store.getState().setNotice('Stored package images could not be read; they were left out.');
  } catch (error) {
    store.getState().setNotice(`Stored package images could not be opened (${String(error)}).`);
  }
}

/** Writes the packages whenever they change; `flush` resolves when the last write is stored. */
export function savePackages(store: TilecastStore): { flush(): Promise<void> } {
  let writing: Promise<void> = Promise.resolve();
  store.subscribe((state, previous) => {
    if (state.packages === previous.packages || savingHalted()) return;
    const record: Stored = Object.fromEntries(
      Object.entries(state.packages).map(([app, files]) => [
        app,
        files.map(({ name, type, size, blob }) => ({ name, type, size, blob })),
      ]),
    );
    writing = writing.then(() =>
      set(PACKAGES_KEY, record, database()).catch((error: unknown) =>
        store.getState().setNotice(`Could not save the package images (${String(error)}).`),
      ),
    );
  });
  return { flush: () => writing };
}
