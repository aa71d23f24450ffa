import type { DeviceResult } from './events';
import type { DeviceLogEntry, DeviceState, Outcome } from './state';

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
    state: { ...state, seq, log: [...state.log, log] },
  };
}
