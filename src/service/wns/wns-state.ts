import type { WnsDelivery } from '../state';

/** Settings a tester changes to see the rarer WNS answers. (SPEC §0 ⚙) */
export type WnsSettings = {
  /** Notifications a channel may take per minute; past it → 406 channelthrottled. null = no limit. */
  channelRatePerMinute: number | null;
  /** A simulated service fault: every notification request gets 500 or 503. */
  fault: 'none' | 500 | 503;
};

/** A notification WNS keeps while the phone is offline, until it is delivered or expires. */
export type CachedNotification = { delivery: WnsDelivery; expiresAt: number };

/** The WNS-only part of the push service's state. */
export type WnsServiceState = {
  settings: WnsSettings;
  /** Offline cache, oldest first (SPEC §2.6). */
  cache: CachedNotification[];
  /** Accepted-request times per channel token within the last minute, for throttling. */
  recent: Record<string, number[]>;
  /** Apps that enabled the tile notification queue (TileUpdater.EnableNotificationQueue). */
  notificationQueue: Record<string, boolean>;
};

export const initialWnsServiceState = (): WnsServiceState => ({
  settings: { channelRatePerMinute: null, fault: 'none' },
  cache: [],
  recent: {},
  notificationQueue: {},
});
