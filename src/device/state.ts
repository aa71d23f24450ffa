import type { BadgeNotification, ToastNotification } from '../protocol/notification';
import type { Diagnostic, PushServiceKind } from '../protocol/types';
import type { WnsOptions, WnsType } from '../protocol/wns/headers';
import type { MpnsIncoming, WpTileState } from './mpns/types';
import type { WnsMatch } from '../protocol/wns/match';
import type { WnsTileState } from './wns/tile-state';

export type AppRunState = 'notRunning' | 'background' | 'foreground';
/** The phone's link to the push service; `inactive` is MPNS's InActive device (412). */
export type ConnectionState = 'connected' | 'tempDisconnected' | 'disconnected' | 'inactive';

export type InstalledApp = {
  appId: string;
  name: string;
  /** The tile colour the app sets for itself; without one its tiles take the accent colour. */
  tileColor?: string;
  runState: AppRunState;
  toastsEnabled: boolean;
  /** WNS: a registered PushNotificationTrigger receives raw data while the app is closed. */
  backgroundTask: boolean;
  /** MPNS: the app opens channels with an authenticated service name (https, no quota). */
  authenticatedService: boolean;
  /** Channel URIs the push client opened for this app, by service. */
  channels: Partial<Record<PushServiceKind, string>>;
  /** The push service the app uses: the one whose channel it opened last (receive.ts). */
  pushService?: PushServiceKind;
  /** What the emulated app shows when launched from a toast. */
  launchedWith?: string;
};

export type ShownToast = {
  id: string;
  appId: string;
  msgId: string;
  toast: ToastNotification;
  shownAt: number;
  /** WNS X-WNS-Group / X-WNS-Tag: how Action Center groups it and DELETE finds it. [S15] */
  group?: string;
  tag?: string;
  /** The banner only: when it leaves the screen, on the virtual clock (banner.ts). */
  hideAt?: number;
};

export type RawMessage = { id: string; msgId: string; receivedAt: number; bytes: Uint8Array };

/** A drop the real phone would hide in its event log, with the reason. */
export type DeviceLogEntry = {
  id: string;
  at: number;
  appId?: string;
  msgId?: string;
  message: string;
  diagnostic?: Diagnostic;
};

export type DeviceState = {
  apps: Record<string, InstalledApp>;
  appOrder: string[];
  connection: ConnectionState;
  banner: ShownToast | null;
  actionCenter: ShownToast[];
  badges: Record<string, BadgeNotification['value']>;
  rawInbox: Record<string, RawMessage[]>;
  log: DeviceLogEntry[];
  /** MPNS live tiles by tile id: the app id for the primary tile, `appId Id` for secondary. */
  wpTiles?: Record<string, WpTileState>;
  /** MPNS toasts that reached their app in the foreground instead of a banner, per app. */
  appToasts?: Record<string, ShownToast[]>;
  /** WNS live tiles by app id (apart from MPNS's Windows Phone tiles). */
  wnsTiles: Record<string, WnsTileState>;
  /** Counter for ids the phone makes itself (log entries, toasts). */
  seq: number;
};

export const initialDeviceState = (): DeviceState => ({
  apps: {},
  appOrder: [],
  connection: 'connected',
  banner: null,
  actionCenter: [],
  badges: {},
  rawInbox: {},
  log: [],
  wnsTiles: {},
  seq: 0,
});

/** A notification arriving at the phone's push client from the service. */
export type IncomingNotification = WnsIncoming | MpnsIncoming;

export type WnsIncoming = {
  service: 'wns';
  appId: string;
  msgId: string;
  type: WnsType;
  options: WnsOptions;
  body: Uint8Array;
  /** When it stops being worth showing (X-WNS-TTL, or 3 days for tile and badge). [S15] */
  expiresAt?: number;
  /** A DELETE command: remove the matching Action Center toasts. [S15] */
  match?: WnsMatch;
};

/** What the phone did with a notification. */
export type Outcome =
  | { kind: 'shown'; detail: string }
  | { kind: 'dropped'; reason: string; diagnostic?: Diagnostic }
  /** Kept but not on show: a tile update with no binding for the tile's size. [S56] */
  | { kind: 'held'; reason: string };

/** Per-app settings a user (or a test) can change. */
export type AppSettings = Pick<
  InstalledApp,
  'toastsEnabled' | 'backgroundTask' | 'authenticatedService'
>;
