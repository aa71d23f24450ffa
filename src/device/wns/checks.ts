import type { WnsMatch } from '../../protocol/wns/match';
import type { PayloadResult } from '../../protocol/wns/payload';
import type { DeviceState, WnsIncoming, Outcome } from '../state';
import { clearActionCenter } from './action-center';

type Dropped = Extract<Outcome, { kind: 'dropped' }>;
type Drop = (
  state: DeviceState,
  incoming: WnsIncoming,
  now: number,
  outcome: Dropped,
) => { state: DeviceState; outcome: Outcome };

const dropped = (rule: string, reason: string, parsed: PayloadResult): Dropped => ({
  kind: 'dropped',
  reason,
  diagnostic: { rule, message: reason, severity: 'error', ...(parsed.ok ? parsed.at : {}) },
});

/**
 * Drops decided before the payload is looked at: the app is gone, or the notification's
 * X-WNS-TTL ran out before it reached the phone. Positions point at the payload's root. [S15]
 */
export function wnsPreCheck(
  state: DeviceState,
  incoming: WnsIncoming,
  parsed: PayloadResult,
  now: number,
): Dropped | undefined {
  if (!state.apps[incoming.appId]) {
    return dropped('app.uninstalled', 'the app is not installed (uninstalled)', parsed);
  }
  if (incoming.expiresAt !== undefined && now >= incoming.expiresAt) {
    const ttl = incoming.options.ttlSeconds;
    const reason =
      ttl !== undefined
        ? `expired TTL: X-WNS-TTL of ${ttl} s ran out before the phone got it`
        : 'expired: the 3-day lifetime ran out before the phone got it';
    return dropped('wns.ttl.expired', reason, parsed);
  }
  return undefined;
}

/** DELETE with X-WNS-Match reached the phone: clear the matching Action Center toasts. [S15] */
export function receiveWnsCommand(
  state: DeviceState,
  incoming: WnsIncoming,
  match: WnsMatch,
  now: number,
  drop: Drop,
) {
  if (!state.apps[incoming.appId]) {
    return drop(state, incoming, now, {
      kind: 'dropped',
      reason: 'the app is not installed (uninstalled)',
    });
  }
  const cleared = clearActionCenter(state, incoming.appId, match);
  const which = match.all
    ? 'all'
    : [match.group && `group ${match.group}`, match.tag && `tag ${match.tag}`]
        .filter(Boolean)
        .join(', ');
  return {
    state: cleared.state,
    outcome: {
      kind: 'shown' as const,
      detail: `removed ${cleared.removed} toast(s) from Action Center (${which})`,
    },
  };
}
