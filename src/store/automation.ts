import { trackArrivals } from './arrivals';
import type { MpnsSettings } from '../service';
import type { JournalEntry } from './journal';
import { relayUriFor, type RelayClaims, type RelayStatus } from './relay-status';
import {
  snapshotPhone,
  type AppRecord,
  type DropRecord,
  type PhoneSnapshot,
  type RawRecord,
  type TileRecord,
  type ToastRecord,
} from './phone-snapshot';
import type { AppRunState, AppSettings, ConnectionState } from '../device';
import type { ChannelInfo, OpenChannelOptions, ResetOptions, TilecastStore } from './store';
import { waitFor, type Match } from './waits';

export type { AppRecord, DropRecord, Match, PhoneSnapshot, RawRecord, TileRecord, ToastRecord };

export const DEFAULT_WAIT_MS = 5000;

/** This tab's link to the relay, as `tilecast.relay()` reports it (plain JSON). */
export type RelaySnapshot = Omit<RelayStatus, 'activate'>;

/** What the automation API needs of the relay client: to know when the relay caught up. */
export type RelayLink = { settled(): Promise<void> };

/**
 * `window.tilecast` (and the Node entry's API): the automation surface for test suites.
 * Everything goes through the same store actions the UI uses, so a test drives the phone
 * exactly as a person, or the phone's push client, would. Results are plain JSON.
 */
export type TilecastApi = {
  /** Resolves once the push service is listening. */
  ready: Promise<void>;
  installApp(options: {
    name: string;
  }): Promise<AppRecord & { credentials: { clientId: string; clientSecret: string } }>;
  uninstallApp(appId: string): Promise<void>;
  apps(): AppRecord[];
  /** Opens a push channel for an app (the sample app by default), installing it if needed. */
  openChannel(options: OpenChannelOptions): Promise<ChannelInfo & { relayUri: string }>;
  closeChannel(uri: string): Promise<void>;
  setConnection(state: ConnectionState): Promise<void>;
  setAppState(appId: string, state: AppRunState): Promise<void>;
  setAppSettings(appId: string, settings: Partial<AppSettings>): Promise<void>;
  /** Moves the virtual clock forward and releases what became due. */
  advanceClock(ms: number): Promise<void>;
  /** The virtual clock, in milliseconds since the epoch. */
  now(): number;
  /** Every journal entry so far, oldest first. */
  journal(): JournalEntry[];
  /** What the phone shows now. */
  phone(): PhoneSnapshot;
  waitForToast(match: Match, timeoutMs?: number): Promise<ToastRecord>;
  waitForTile(match: Match, timeoutMs?: number): Promise<TileRecord>;
  waitForRaw(match: Match, timeoutMs?: number): Promise<RawRecord>;
  waitForDrop(match: Match, timeoutMs?: number): Promise<DropRecord>;
  /** A clean phone and an empty journal; the same seed gives the same ids. */
  reset(options?: ResetOptions): Promise<void>;
  /** ⚙ MPNS service settings (SPEC §0): 503 switch, payload limit, queue depth, daily quota. */
  setMpnsSettings(settings: Partial<MpnsSettings>): void;
  /** Resolves once the state so far is stored (IndexedDB), so a reload keeps it. */
  saved(): Promise<void>;
  /**
   * This tab's link to the relay: `connected` or not, whether it is the active phone (answers
   * what no tab owns), how many tabs share the relay, and the channels and client ids the relay
   * routes here. Calls that create channels or apps resolve once the relay routes them here.
   */
  relay(): RelaySnapshot;
};

export function createAutomationApi(
  store: TilecastStore,
  ready: Promise<void>,
  persistence: { flush(): Promise<void> } = { flush: () => Promise.resolve() },
  relayLink: RelayLink = { settled: () => Promise.resolve() },
): TilecastApi {
  const arrivals = trackArrivals(store);
  const act = () => store.getState();
  const appRecord = (appId: string) =>
    snapshotPhone(act().device).apps.find((a) => a.appId === appId);
  const known = (appId: string) => {
    if (!act().device.apps[appId]) throw new Error(`No installed app has the id "${appId}"`);
  };
  return {
    ready,
    async installApp({ name }) {
      await ready;
      const appId = act().installApp(name);
      const app = act().service.apps[appId]!;
      // A back end may ask for a token with these credentials as soon as this resolves.
      await relayLink.settled();
      return {
        ...appRecord(appId)!,
        credentials: { clientId: app.packageSid, clientSecret: app.clientSecret },
      };
    },
    async uninstallApp(appId) {
      known(appId);
      act().uninstallApp(appId);
    },
    apps: () => snapshotPhone(act().device).apps,
    async openChannel(options) {
      await ready;
      const channel = act().openChannel(options);
      await relayLink.settled();
      // The same channel as a back end outside the browser reaches it (issue #9).
      return { ...channel, relayUri: relayUriFor(channel.uri) };
    },
    async closeChannel(uri) {
      act().closeChannel(uri);
    },
    async setConnection(state) {
      act().setConnection(state);
    },
    async setAppState(appId, state) {
      known(appId);
      act().setAppState(appId, state);
    },
    async setAppSettings(appId, settings) {
      known(appId);
      act().updateAppSettings(appId, settings);
    },
    async advanceClock(ms) {
      if (!Number.isFinite(ms) || ms < 0)
        throw new Error('advanceClock takes a non-negative number of milliseconds');
      act().advanceClock(ms);
    },
    now: () => act().now(),
    journal: () => structuredClone(act().journal.toArray()),
    phone: () => snapshotPhone(act().device),
    waitForToast: (match, timeoutMs = DEFAULT_WAIT_MS) =>
      waitFor('toast', match, timeoutMs, arrivals),
    waitForTile: (match, timeoutMs = DEFAULT_WAIT_MS) =>
      waitFor('tile', match, timeoutMs, arrivals),
    waitForRaw: (match, timeoutMs = DEFAULT_WAIT_MS) => waitFor('raw', match, timeoutMs, arrivals),
    waitForDrop: (match, timeoutMs = DEFAULT_WAIT_MS) =>
      waitFor('drop', match, timeoutMs, arrivals),
    async reset(options) {
      await ready;
      act().reset(options);
      await relayLink.settled(); // the sample app's new channel and credentials
    },
    setMpnsSettings: (settings) => act().setMpnsSettings(settings),
    saved: () => persistence.flush(),
    relay: () => {
      const { state, active, pages, claims } = act().relay;
      const copy = (c: RelayClaims) => ({ channels: [...c.channels], clients: [...c.clients] });
      return { state, active, pages, claims: copy(claims) };
    },
  };
}
