import type { JournalEntry } from './journal';
import { relayUriFor } from './relay-status';
import type { ChannelInfo, OpenChannelOptions, TilecastStore } from './store';

/**
 * `window.tilecast`: the automation API for test suites. Everything goes through the same store
 * actions the UI uses, so a test drives the phone exactly as a person (or the push client) would.
 */
export type TilecastApi = {
  /** Resolves once the push service (the service worker) is listening. */
  ready: Promise<void>;
  /** Opens a push channel for an app (the sample app by default), installing the app if needed. */
  openChannel(options: OpenChannelOptions): Promise<ChannelInfo & { relayUri: string }>;
  /** Every journal entry so far, oldest first. */
  journal(): JournalEntry[];
};

export function createAutomationApi(store: TilecastStore, ready: Promise<void>): TilecastApi {
  return {
    ready,
    async openChannel(options) {
      await ready;
      const channel = store.getState().openChannel(options);
      // The same channel as a back end outside the browser reaches it (issue #9).
      return { ...channel, relayUri: relayUriFor(channel.uri) };
    },
    journal: () => structuredClone(store.getState().journal),
  };
}
