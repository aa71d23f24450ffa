import type { DeviceState, Outcome } from './state';

/** Appends raw bytes to an app's inbox (both services hand raw data over the same way). */
export function deliverRaw(
  state: DeviceState,
  appId: string,
  msgId: string,
  bytes: Uint8Array,
  now: number,
  detail: string,
): { state: DeviceState; outcome: Outcome } {
  const seq = state.seq + 1;
  const inbox = state.rawInbox[appId] ?? [];
  const message = { id: `raw-${seq}`, msgId, receivedAt: now, bytes };
  return {
    outcome: { kind: 'shown', detail },
    state: { ...state, seq, rawInbox: { ...state.rawInbox, [appId]: [...inbox, message] } },
  };
}
