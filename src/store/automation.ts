import type { JournalEntry } from './journal';
import type { ChannelInfo, OpenChannelOptions, TilecastStore } from './store';

/**
 * `window.tilecast`: the automation API for test suites. Everything goes through the same store
 * actions the UI uses, so a test drives the phone exactly as a person (or the push client) would.
 */
export type TilecastApi = {
  /** Resolves once the push service (the service worker) is listening. */
  ready: Promise<void>;
  /** Opens a push channel for an app (the sample app by default), installing the app if needed. */
  openChannel(options: OpenChannelOptions): Promise<ChannelInfo>;
  /** Every journal entry so far, oldest first. */
  journal(): JournalEntry[];
  /** Resolves once the state so far is stored (IndexedDB), so a reload keeps it. */
  saved(): Promise<void>;
};

export function createAutomationApi(
  store: TilecastStore,
  ready: Promise<void>,
  persistence: { flush(): Promise<void> } = { flush: () => Promise.resolve() },
): TilecastApi {
  return {
    ready,
    async openChannel(options) {
      await ready;
      return store.getState().openChannel(options);
    },
    journal: () => structuredClone(store.getState().journal),
    saved: () => persistence.flush(),
  };
}
