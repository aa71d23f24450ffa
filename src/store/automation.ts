import type { MpnsSettings } from '../service';
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
  /** ⚙ MPNS service settings (SPEC §0): 503 switch, payload limit, queue depth, daily quota. */
  setMpnsSettings(settings: Partial<MpnsSettings>): void;
};

export function createAutomationApi(store: TilecastStore, ready: Promise<void>): TilecastApi {
  return {
    ready,
    async openChannel(options) {
      await ready;
      return store.getState().openChannel(options);
    },
    journal: () => structuredClone(store.getState().journal),
    setMpnsSettings: (settings) => store.getState().setMpnsSettings(settings),
  };
}
