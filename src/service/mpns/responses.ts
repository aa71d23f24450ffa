import { ZERO_MESSAGE_ID } from '../../protocol/mpns/headers';
import type { PhoneConnection } from '../state';

// Response headers of MPNS, in their documented casing. [S28, S5, S31]

export type NotificationStatus = 'Received' | 'Dropped' | 'QueueFull' | 'Suppressed';

/** X-DeviceConnectionStatus: no space in TempDisconnected on the wire; 412 says InActive (§0). */
export const deviceConnectionStatus: Record<PhoneConnection, string> = {
  connected: 'Connected',
  tempDisconnected: 'TempDisconnected',
  disconnected: 'Disconnected',
  inactive: 'InActive',
};

export function statusHeaders(
  messageId: string | undefined,
  status?: {
    notification: NotificationStatus;
    connection: PhoneConnection;
    subscription?: 'Active' | 'Expired';
  },
): Record<string, string> {
  const headers: Record<string, string> = { 'X-MessageID': messageId ?? ZERO_MESSAGE_ID };
  if (status) {
    headers['X-NotificationStatus'] = status.notification;
    headers['X-DeviceConnectionStatus'] = deviceConnectionStatus[status.connection];
    if (status.subscription) headers['X-SubscriptionStatus'] = status.subscription;
  }
  return headers;
}

/** The quota day: days since the epoch on the virtual clock (resets at its midnight UTC). */
export const quotaDay = (now: number) => Math.floor(now / 86_400_000);
