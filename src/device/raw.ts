import type { DeviceResult } from './events';
import { appendCapped } from './log';
import type { DeviceState } from './state';

/** Raw messages an app's console keeps, newest last: a day of raw pushes costs each the same. */
export const RAW_INBOX_LIMIT = 500;

/** Appends raw bytes to an app's inbox (both services hand raw data over the same way). */
export function deliverRaw(
  state: DeviceState,
  appId: string,
  msgId: string,
  bytes: Uint8Array,
  now: number,
  detail: string,
): DeviceResult {
  const seq = state.seq + 1;
  const inbox = state.rawInbox[appId] ?? [];
  const message = { id: `raw-${seq}`, msgId, receivedAt: now, bytes };
  return {
    events: [{ kind: 'RawDelivered', appId, msgId, message, detail }],
    state: {
      ...state,
      seq,
      rawInbox: { ...state.rawInbox, [appId]: appendCapped(inbox, message, RAW_INBOX_LIMIT) },
    },
  };
}
