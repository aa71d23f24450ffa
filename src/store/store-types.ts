// The store's shape: its state, its actions, and what the action groups share (store.ts
// builds it). Kept apart so the action groups' modules import types, not the store's wiring.
import type { StoreApi } from 'zustand/vanilla';
import type * as device from '../device';
import type { PushRequest, PushResponse, PushServiceKind } from '../protocol/types';
import type * as service from '../service';
import type { Clock, RealTime } from './clock';
import type { Change } from './commit';
import type { EventLog } from './event-log';
import type { InspectorActions, InspectorState } from './inspector-actions';
import type { DisplayActions, DisplaySettings } from './display';
import type { Journal, LifecycleEntry, RequestSource } from './journal';
import type { WnsActions } from './wns-actions';
import type { ImageActions } from './image-actions';
import type { PackageActions, PackageState } from './package-actions';
import type { StorageRole, StorageRoleActions } from './storage-role';
import type { RelayActions, RelayStatus } from './relay-status';

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

/** Everything the store holds: its state and every action group. */
export type TilecastStoreState = TilecastState &
  TilecastActions &
  RelayActions &
  InspectorActions &
  StorageRoleActions;

export type TilecastStore = StoreApi<TilecastStoreState>;
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
