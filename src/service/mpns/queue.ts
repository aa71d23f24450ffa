import type { PhoneConnection, Release, ServiceState } from '../state';
import type { MpnsPending } from './types';

/** Puts a notification in its channel's offline queue, unless that queue is full (SPEC §0). */
export function enqueueOffline(
  state: ServiceState,
  pending: MpnsPending,
): { ok: true; state: ServiceState } | { ok: false } {
  const { mpns } = state;
  const waiting = mpns.offline.filter((p) => p.token === pending.token).length;
  if (waiting >= mpns.settings.queueLimit) return { ok: false };
  return { ok: true, state: { ...state, mpns: { ...mpns, offline: [...mpns.offline, pending] } } };
}

const reachable = (connection: PhoneConnection) => connection === 'connected';

/** Sends a released notification on: to the phone, to the queue, or expired if neither can take it. */
function route(
  state: ServiceState,
  pending: MpnsPending,
  release: Release,
  connection: PhoneConnection,
): ServiceState {
  if (!state.channels[pending.token]) {
    release.expired.push({
      msgId: pending.delivery.msgId,
      reason: 'the channel was closed before delivery',
    });
    return state;
  }
  if (reachable(connection)) {
    release.deliveries.push(pending.delivery);
    return state;
  }
  const queued = enqueueOffline(state, pending);
  if (queued.ok) return queued.state;
  release.expired.push({
    msgId: pending.delivery.msgId,
    reason: 'the offline queue was full when its batching interval ended',
  });
  return state;
}

/** Releases batched notifications whose interval ended, oldest first. */
export function releaseBatched(
  state: ServiceState,
  now: number,
  connection: PhoneConnection,
): { state: ServiceState } & Release {
  const release: Release = { deliveries: [], expired: [] };
  const due = state.mpns.batched.filter((p) => p.releaseAt <= now);
  if (due.length === 0) return { state, ...release };
  let next: ServiceState = {
    ...state,
    mpns: { ...state.mpns, batched: state.mpns.batched.filter((p) => p.releaseAt > now) },
  };
  for (const pending of due) next = route(next, pending, release, connection);
  return { state: next, ...release };
}

/** On reconnect the offline queues flush, in the order the notifications arrived. */
export function flushOffline(
  state: ServiceState,
  connection: PhoneConnection,
): { state: ServiceState } & Release {
  const release: Release = { deliveries: [], expired: [] };
  if (!reachable(connection) || state.mpns.offline.length === 0) return { state, ...release };
  const waiting = state.mpns.offline;
  let next: ServiceState = { ...state, mpns: { ...state.mpns, offline: [] } };
  for (const pending of waiting) next = route(next, pending, release, connection);
  return { state: next, ...release };
}
