import type { WnsOptions, WnsType } from '../protocol/wns/headers';
import type { Diagnostic, PushResponse, PushServiceKind } from '../protocol/types';
import type { WnsMatch } from '../protocol/wns/match';
import type { Random, Secret } from './random';
import { initialMpnsState, type MpnsDelivery, type MpnsServiceState } from './mpns/types';
import { initialWnsServiceState, type WnsServiceState } from './wns/wns-state';

/** An app as the push service knows it: its Store identity and credentials. [S16] */
export type ServiceApp = {
  appId: string;
  name: string;
  /** Package SID, the OAuth client_id: `ms-app://s-1-15-2-…`. */
  packageSid: string;
  clientSecret: string;
};

export type AccessToken = { token: string; appId: string; issuedAt: number; expiresAt: number };

export type Channel = {
  service: PushServiceKind;
  uri: string;
  /** The opaque token the URI carries, decoded; the channel's key. */
  token: string;
  /** Data-centre prefix of the host (db5, bn1…), echoed in debug traces. */
  dc: string;
  appId: string;
  createdAt: number;
  expiresAt: number;
  /** MPNS: opened with an authenticated service name (https, unthrottled, no quota). [S22] */
  authenticated?: boolean;
  /** MPNS: BindToShellToast / BindToShellTile; unbound classes answer `Suppressed`. */
  shellToast?: boolean;
  shellTile?: boolean;
};

/** The phone's link as the service sees it (same values as the device's ConnectionState). */
export type PhoneConnection = 'connected' | 'tempDisconnected' | 'disconnected' | 'inactive';

export type ServiceState = {
  apps: Record<string, ServiceApp>;
  tokens: Record<string, AccessToken>;
  channels: Record<string, Channel>;
  /** MPNS settings, quotas, batching and offline queues (service/mpns). */
  mpns: MpnsServiceState;
  /** WNS throttling, fault setting, offline cache and notification-queue flags. */
  wns: WnsServiceState;
};

export const initialServiceState = (): ServiceState => ({
  apps: {},
  tokens: {},
  channels: {},
  mpns: initialMpnsState(),
  wns: initialWnsServiceState(),
});

/**
 * Everything a pure step needs from outside, passed in: `random` for ids, `secret` for secrets,
 * and the phone's `connection`, which the device owns (deliver, queue or refuse); connected
 * when left out.
 */
export type Env = { now: number; random: Random; secret: Secret; connection?: PhoneConnection };

/** The phone's link as a step sees it. */
export const linkOf = (env: Pick<Env, 'connection'>): PhoneConnection =>
  env.connection ?? 'connected';

/** A notification the service accepted and routes to the phone. */
export type Delivery = WnsDelivery | MpnsDelivery;

export type WnsDelivery = {
  service: 'wns';
  appId: string;
  channelUri: string;
  msgId: string;
  type: WnsType;
  options: WnsOptions;
  body: Uint8Array;
  receivedAt: number;
  /** WNS: when the notification stops being worth showing (X-WNS-TTL, or 3 days for tile/badge). */
  expiresAt?: number;
  /** WNS DELETE: a command to remove the Action Center toasts this matches, not a notification. */
  match?: WnsMatch;
};

/** What kind of request it was, as far as the service could tell. */
export type RequestKind = 'token' | 'toast' | 'tile' | 'badge' | 'raw' | 'unknown';

/** Why the service answered as it did, for the journal. */
export type Verdict = { summary: string; diagnostic?: Diagnostic };

/** A notification the service accepted but holds back: offline queue, batching interval. */
export type Held = { msgId: string; kind: 'queued' | 'batched' | 'suppressed'; reason: string };

/** What happened to a notification after the request that carried it was answered. */
export type Release = { deliveries: Delivery[]; expired: { msgId: string; reason: string }[] };

export type ServiceResult = {
  state: ServiceState;
  response: PushResponse;
  deliveries: Delivery[];
  /** Accepted but not delivered yet; a later `tick` or reconnect releases them. */
  held?: Held[];
  /** Notifications held earlier that this request displaced (offline cache replacement). */
  expired?: Release['expired'];
  verdict: Verdict;
  kind: RequestKind;
  service: PushServiceKind | 'unknown';
  appId?: string;
};
