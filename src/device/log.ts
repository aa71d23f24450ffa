import type { DeviceResult } from './events';
import type { DeviceLogEntry, DeviceState, Outcome } from './state';

/**
 * The device log keeps its newest lines, as Windows' event log keeps a bounded size: a phone
 * left open for a day of drops costs each drop the same as the first. (Issue 21)
 */
export const DEVICE_LOG_LIMIT = 1000;

/** `list` with `item` appended, cut to its newest `limit`: the copy is O(limit), never O(day). */
export function appendCapped<T>(list: readonly T[], item: T, limit: number): T[] {
  const from = Math.max(0, list.length + 1 - limit);
  const next = list.slice(from);
  next.push(item);
  return next;
}

/**
 * The phone drops a notification: a `Dropped` event, plus a device-log line a person can act on
 * ("dropped: <reason> at line L, column C"). Shared by the WNS and MPNS paths.
 */
export function drop(
  state: DeviceState,
  // Only who it was for: image failures log against a shown notification, not an arrival.
  incoming: { appId: string; msgId?: string },
  now: number,
  outcome: Extract<Outcome, { kind: 'dropped' }>,
): DeviceResult {
  const seq = state.seq + 1;
  const where = outcome.diagnostic?.line
    ? ` at line ${outcome.diagnostic.line}, column ${outcome.diagnostic.column ?? 1}`
    : '';
  const log: DeviceLogEntry = {
    id: `log-${seq}`,
    at: now,
    appId: incoming.appId,
    msgId: incoming.msgId,
    message: `dropped: ${outcome.reason}${where}`,
    diagnostic: outcome.diagnostic,
  };
  return {
    events: [
      {
        kind: 'Dropped',
        appId: incoming.appId,
        msgId: incoming.msgId,
        reason: outcome.reason,
        diagnostic: outcome.diagnostic,
        log,
      },
    ],
    state: { ...state, seq, log: appendCapped(state.log, log, DEVICE_LOG_LIMIT) },
  };
}
