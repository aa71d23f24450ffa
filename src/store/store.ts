import { createStore, type StoreApi } from 'zustand/vanilla';
import * as device from '../device';
import type { PushRequest, PushResponse, PushServiceKind } from '../protocol/types';
import * as service from '../service';
import { systemTime, virtualNow, type Clock, type RealTime } from './clock';
import { createCommit, type Change } from './commit';
import { createEventLog, type EventLog } from './event-log';
import { createLanding } from './landing';
import {
  initialInspectorState,
  inspectorActions,
  type InspectorActions,
  type InspectorState,
} from './inspector-actions';
import {
  displayActions,
  initialDisplay,
  type DisplayActions,
  type DisplaySettings,
} from './display';
import { Journal, type LifecycleEntry, type RequestSource } from './journal';
import { mpnsActions } from './mpns-actions';
import { phoneActions } from './phone-actions';
import { pushActions } from './push-actions';
import { wnsActions, type WnsActions } from './wns-actions';
// Issue 5 (images): failing images and designers' app packages.
import { imageActions, type ImageActions } from './image-actions';
import {
  initialPackages,
  packageActions,
  type PackageActions,
  type PackageState,
} from './package-actions';
import { storageRoleActions, type StorageRole, type StorageRoleActions } from './storage-role';
import {
  initialRelayStatus,
  relayActions,
  type RelayActions,
  type RelayStatus,
} from './relay-status';

export const SAMPLE_APP = 'Contoso News';

export type OpenChannelOptions = {
  service: PushServiceKind;
  app?: string;
  /** MPNS: open with an authenticated service name (https, no quota); default: the app's setting. */
  authenticated?: boolean;
  /** MPNS: BindToShellToast / BindToShellTile (default true); unbound → `Suppressed`. */
  shellToast?: boolean;
  shellTile?: boolean;
};

export type ChannelInfo = {
  uri: string;
  service: PushServiceKind;
  appId: string;
  expiresAt: number;
  credentials?: { clientId: string; clientSecret: string };
};

export type TilecastState = {
  clock: Clock;
  service: service.ServiceState;
  device: device.DeviceState;
  journal: Journal;
  seq: number;
  relay: RelayStatus;
  /** Whether this tab saves the stored state, or another tab does (storage-role.ts). */
  storage: StorageRole;
  inspector: InspectorState;
  /** Bumped by every reset, so observers know the slate was wiped. */
  epoch: number;
  /** Device profile, theme and motion pause (issue 5); kept across resets. */
  display: DisplaySettings;
} & PackageState;

export type TilecastActions = {
  now(): number;
  /**
   * The push service's front door: every request, from any transport, comes through here. The
   * service answers, the phone takes the deliveries, the journal and the arrivals log get the
   * events, and the store changes once. `reply`, when given, gets the answer as soon as the
   * service has given it; the phone takes the push in a task of its own, or earlier, at the
   * first read or write of the store, so no reader ever sees the store without it.
   */
  dispatch(
    request: PushRequest,
    source?: RequestSource,
    from?: string,
    reply?: (response: PushResponse) => void,
  ): PushResponse;
  /** The same as `dispatch` (the name transports and tests have used). */
  receive(
    request: PushRequest,
    source?: RequestSource,
    from?: string,
    reply?: (response: PushResponse) => void,
  ): PushResponse;
  /** What the phone and the service did since the last reset, in order (waits read it). */
  eventLog(): EventLog;
  /** Whether this phone's service owns the request (its channel or its app's credentials). */
  claims(request: PushRequest): boolean;
  /**
   * Time passes (to `clock`, if given): the banner whose time is up leaves, tile updates expire,
   * and what the service held back and is now due is released.
   */
  tick(clock?: Clock): void;
  advanceClock(ms: number): void;
  installApp(name: string): string;
  uninstallApp(appId: string): void;
  openChannel(options: OpenChannelOptions): ChannelInfo;
  closeChannel(uri: string): void;
  setConnection(connection: device.ConnectionState): void;
  setAppState(appId: string, runState: device.AppRunState): void;
  updateAppSettings(appId: string, settings: Partial<device.AppSettings>): void;
  dismissBanner(): void;
  tapToast(toastId: string): void;
  closeApp(appId: string): void;
  /** A clean phone (the sample app installed, its channel open) and an empty journal. */
  reset(options?: ResetOptions): void;
  setMpnsSettings(settings: Partial<service.MpnsSettings>): void;
  setWpTileSize(tileId: string, size: device.WpTileSize): void;
} & WnsActions &
  DisplayActions &
  ImageActions &
  PackageActions;

export type ResetOptions = { seed?: number; sampleApp?: boolean };

export type TilecastStore = StoreApi<
  TilecastState & TilecastActions & RelayActions & InspectorActions & StorageRoleActions
>;
export type { WnsActions };
export type Set = TilecastStore['setState'];
export type Get = TilecastStore['getState'];

/** What the action groups share: the clock, the id source and the journal writer. */
export type StoreContext = {
  now(): number;
  /** The pure layers' inputs at the current time (or at `clock`'s time). */
  env(clock?: Clock): service.Env;
  /** Lands one step in the store: fates, journal, arrivals log, one `set()` (commit.ts). */
  commit(change: Change): void;
  /**
   * Runs `land` in a task of its own, or earlier, as soon as anything reads or writes the store:
   * no one outside the current task sees the store without it (push-actions.ts says why).
   */
  later(land: () => void): void;
  random: service.Random;
  secret: service.Secret;
  /** Journals a phone-side event, landing `change` (if given) in the same commit. */
  lifecycle(
    appId: string,
    event: LifecycleEntry['event'],
    detail: string,
    change?: Omit<Change, 'entries' | 'seq'>,
  ): void;
};

export type StoreOptions = { seed?: number; realNow?: RealTime; sampleApp?: boolean };

export const initialState = (): TilecastState => ({
  clock: { offsetMs: 0 },
  service: service.initialServiceState(),
  device: device.initialDeviceState(),
  journal: Journal.empty(),
  seq: 0,
  relay: initialRelayStatus,
  storage: 'this-tab',
  inspector: initialInspectorState(),
  epoch: 0,
  display: initialDisplay(),
  ...initialPackages(),
});

export function createTilecastStore(options: StoreOptions = {}): TilecastStore {
  const realNow = options.realNow ?? systemTime;
  // Without a seed, ids differ per page load, as real channel URIs and tokens do.
  const seeded = (seed?: number) =>
    service.seededRandom(seed ?? Math.floor(Math.random() * 2 ** 32));
  let source = seeded(options.seed);
  const random: service.Random = () => source();
  // Secrets never come from the seed: a seed makes ids reproducible, not credentials.
  const secret: service.Secret = (bytes) => globalThis.crypto.getRandomValues(bytes);

  const log = createEventLog();
  // A relayed push's phone work, landed after its answer (landing.ts).
  const landing = createLanding();
  const store = createStore<
    TilecastState & TilecastActions & RelayActions & InspectorActions & StorageRoleActions
  >()((rawSet, rawGet) => {
    const get = landing.first(rawGet);
    const set = landing.first(rawSet);
    const now = () => virtualNow(get().clock, realNow);
    const commit = createCommit(set, get, log, realNow);
    const context: StoreContext = {
      now,
      random,
      secret,
      commit,
      later: landing.later,
      // The phone's connection is the device's fact; the service gets it as an input.
      env: (clock = get().clock) => ({
        now: virtualNow(clock, realNow),
        random,
        secret,
        connection: get().device.connection,
      }),
      lifecycle(appId, event, detail, change = { events: [] }) {
        const seq = get().seq + 1;
        const entry: LifecycleEntry = {
          kind: 'lifecycle',
          id: `entry-${seq}`,
          seq,
          at: now(),
          appId,
          event,
          detail,
        };
        commit({ ...change, entries: [entry], seq });
      },
    };
    return {
      ...initialState(),
      now,
      claims: (request) => service.owns(get().service, request),
      eventLog: landing.first(() => log),
      ...pushActions(get, context),
      ...phoneActions(set, get, context),
      ...relayActions(set),
      ...storageRoleActions(set),
      ...inspectorActions(set, get, () => {
        get().reset();
        set({ inspector: initialInspectorState() });
      }),
      reset(resetOptions = {}) {
        source = seeded(resetOptions.seed);
        log.clear();
        // The tab's link to the relay and the display settings are not part of the phone.
        set({
          ...initialState(),
          relay: get().relay,
          storage: get().storage,
          display: get().display,
          // A designer's package images are their art, not phone state: a reset keeps them.
          packages: get().packages,
          epoch: get().epoch + 1,
        });
        if (resetOptions.sampleApp !== false) {
          get().openChannel({ service: 'wns', app: SAMPLE_APP });
          // A reset starts empty; the sample app's set-up is part of the clean slate.
          set({ journal: Journal.empty() });
          log.clear();
        }
      },
      ...mpnsActions(set, get),
      ...wnsActions(set, get, context),
      ...displayActions(set, get),
      ...imageActions(get, context),
      ...packageActions(set, get),
    };
  });
  // Readers and writers from outside (views, window.tilecast, savers) see every landed step.
  store.getState = landing.first(store.getState);
  store.setState = landing.first(store.setState);
  const openSample = () => {
    if (options.sampleApp !== false)
      store.getState().openChannel({ service: 'wns', app: SAMPLE_APP });
  };

  openSample();
  return store;
}
