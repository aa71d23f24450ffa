import type { WnsMatch } from '../../protocol/wns/match';
import type { PayloadResult } from '../../protocol/wns/payload';
import type { DeviceState, WnsIncoming, Outcome } from '../state';
import type { DeviceEvent, DeviceResult } from '../events';
import { clearActionCenter } from './action-center';

type Dropped = Extract<Outcome, { kind: 'dropped' }>;

const dropped = (rule: string, reason: string, parsed: PayloadResult): Dropped => ({
  kind: 'dropped',
  reason,
  diagnostic: { rule, message: reason, severity: 'error', ...(parsed.ok ? parsed.at : {}) },
});

/**
 * A drop decided before the payload is looked at: the notification's X-WNS-TTL ran out before
 * it reached the phone. Positions point at the payload's root. [S15]
 */
export function wnsPreCheck(
  incoming: WnsIncoming,
  parsed: PayloadResult,
  now: number,
): Dropped | undefined {
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
): DeviceResult {
  const { appId, msgId } = incoming;
  const cleared = clearActionCenter(state, appId, match);
  const which = match.all
    ? 'all'
    : [match.group && `group ${match.group}`, match.tag && `tag ${match.tag}`]
        .filter(Boolean)
        .join(', ');
  const detail = `removed ${cleared.removed.length} toast(s) from Action Center (${which})`;
  const events: DeviceEvent[] = [
    { kind: 'ToastsRemoved', appId, msgId, toastIds: cleared.removed, detail },
  ];
  if (cleared.bannerHit)
    events.push({ kind: 'BannerHidden', appId, toastId: state.banner!.id, reason: 'removed' });
  return { state: cleared.state, events };
}
