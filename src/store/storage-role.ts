import type { Set } from './store';

/**
 * Which tab saves the stored state. Every tab of Tilecast reads the same IndexedDB records, and
 * two writers would overwrite each other's journal (the same `seq` keys) without a word: one
 * tab, the one that holds a Web Lock, saves; the others say they do not.
 */
export type StorageRole = 'this-tab' | 'other-tab';

export type StorageRoleActions = { setStorageRole(role: StorageRole): void };

export const storageRoleActions = (set: Set): StorageRoleActions => ({
  setStorageRole(storage) {
    set({ storage });
  },
});

export const WRITER_LOCK = 'tilecast-stored-state-writer';

/**
 * Resolves true once this tab holds the writer lock (kept until the tab closes), false when
 * another tab holds it. Without Web Locks (an insecure origin) every tab saves, as before.
 */
export function claimWriter(locks: LockManager | null = globalThis.navigator?.locks ?? null) {
  if (!locks) return Promise.resolve(true);
  return new Promise<boolean>((resolve, reject) => {
    locks
      .request(WRITER_LOCK, { ifAvailable: true }, (lock) => {
        resolve(lock !== null);
        // Held as long as the page lives: the browser releases it when the tab closes.
        return lock ? new Promise<never>(() => undefined) : undefined;
      })
      .catch(reject);
  });
}
