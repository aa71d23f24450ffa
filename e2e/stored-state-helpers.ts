import type { Page } from '@playwright/test';

/** One change to the stored snapshot: the value at a path (["device", "apps", "Evil"]). */
export type StoredEdit = { path: string[]; value: unknown };

/**
 * Edits what Tilecast stored, as a hostile extension or a corrupted disk would: the snapshot
 * record (IndexedDB `tilecast`/`state`) and journal records (`tilecast-journal`/`entries`,
 * keyed by seq). Waits for the page's own saves first, so none lands after the edit.
 */
export async function editStoredState(
  page: Page,
  { snapshot = [], journal = [] }: { snapshot?: StoredEdit[]; journal?: [number, unknown][] },
) {
  await page.evaluate(() => window.tilecast.saved());
  await page.evaluate(
    async ({ snapshot, journal }) => {
      const open = (name: string) =>
        new Promise<IDBDatabase>((resolve, reject) => {
          const request = indexedDB.open(name);
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
      const write = (db: IDBDatabase, store: string, apply: (s: IDBObjectStore) => void) =>
        new Promise<void>((resolve, reject) => {
          const tx = db.transaction(store, 'readwrite');
          apply(tx.objectStore(store));
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        });
      const state = await open('tilecast');
      const record = await new Promise<Record<string, unknown>>((resolve, reject) => {
        const request = state.transaction('state').objectStore('state').get('snapshot');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      for (const { path, value } of snapshot) {
        let target = record;
        for (const key of path.slice(0, -1)) target = target[key] as Record<string, unknown>;
        target[path.at(-1)!] = value;
      }
      await write(state, 'state', (s) => s.put(record, 'snapshot'));
      state.close();
      const entries = await open('tilecast-journal');
      await write(entries, 'entries', (s) => journal.forEach(([key, v]) => s.put(v, key)));
      entries.close();
    },
    { snapshot, journal },
  );
}

export async function reload(page: Page) {
  await page.reload();
  await page.evaluate(() => window.tilecast.ready);
}
