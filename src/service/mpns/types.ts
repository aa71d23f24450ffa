import type { MpnsOptions, MpnsTarget } from '../../protocol/mpns/headers';

/** A notification MPNS accepted and routes to the phone. */
export type MpnsDelivery = {
  service: 'mpns';
  appId: string;
  channelUri: string;
  msgId: string;
  target: MpnsTarget;
  notificationClass: number;
  options: MpnsOptions;
  body: Uint8Array;
  receivedAt: number;
};

/** One held notification: in a batching interval, or in the channel's offline queue. */
export type MpnsPending = { token: string; delivery: MpnsDelivery; releaseAt: number };

/** ⚙ Service settings (SPEC §0). */
export type MpnsSettings = {
  /** Answer every request with 503 Service Unavailable. */
  unavailable: boolean;
  maxPayloadBytes: number;
  /** Pending notifications per channel while the phone is away; beyond → QueueFull. */
  queueLimit: number;
  /** Notifications per unauthenticated channel per virtual-clock day; beyond → 406. */
  dailyQuota: number;
};

export type MpnsServiceState = {
  settings: MpnsSettings;
  /** Accepted notifications per channel token on one virtual day (days since the epoch). */
  quota: Record<string, { day: number; count: number }>;
  /** Batched notifications (class 11–13, 21–23) waiting for their interval, oldest first. */
  batched: MpnsPending[];
  /** Offline queue, oldest first, across channels (each channel capped at queueLimit). */
  offline: MpnsPending[];
};

export const defaultMpnsSettings = (): MpnsSettings => ({
  unavailable: false,
  maxPayloadBytes: 3072,
  queueLimit: 30,
  dailyQuota: 500,
});

export const initialMpnsState = (): MpnsServiceState => ({
  settings: defaultMpnsSettings(),
  quota: {},
  batched: [],
  offline: [],
});
