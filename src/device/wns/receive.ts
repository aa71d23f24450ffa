import type { PayloadResult } from '../../protocol/wns/payload';
import type { DeviceResult } from '../events';
import { drop } from '../log';
import { deliverRaw } from '../raw';
import type { DeviceState, InstalledApp, WnsIncoming } from '../state';
import { showToast } from './action-center';
import { wnsPreCheck } from './checks';
import { applyWnsTile } from './tiles';

/**
 * The phone's push client and shell handle one WNS notification for an installed app whose
 * payload was parsed (receive.ts checks the app first, for both services). [S15, S41]
 */
export function receiveWns(
  state: DeviceState,
  app: InstalledApp,
  incoming: WnsIncoming,
  parsed: PayloadResult,
  now: number,
): DeviceResult {
  const refused = wnsPreCheck(incoming, parsed, now);
  if (refused) return drop(state, incoming, now, refused);
  if (!parsed.ok) {
    return drop(state, incoming, now, {
      kind: 'dropped',
      reason: parsed.diagnostic.message,
      diagnostic: parsed.diagnostic,
    });
  }
  const notification = parsed.notification;
  const { appId, msgId } = incoming;

  switch (notification.kind) {
    case 'toast': {
      if (!app.toastsEnabled) {
        const reason = `toasts are turned off for ${app.name}`;
        const diagnostic = {
          rule: 'toast.disabled',
          message: reason,
          severity: 'error' as const,
          ...parsed.at,
        };
        return drop(state, incoming, now, { kind: 'dropped', reason, diagnostic });
      }
      return showToast(state, incoming, notification, now);
    }
    case 'wnsTile':
      return applyWnsTile(state, incoming, notification, now);
    case 'badge': {
      const { value } = notification;
      return {
        events: [{ kind: 'BadgeUpdated', appId, msgId, value, detail: `badge ${String(value)}` }],
        state: { ...state, badges: { ...state.badges, [appId]: value } },
      };
    }
    case 'raw': {
      // A closed app still gets raw data through a registered background task. [S41]
      if (app.runState === 'notRunning' && !app.backgroundTask) {
        return drop(state, incoming, now, {
          kind: 'dropped',
          reason: `${app.name} is not running and has no background task, so the raw notification was discarded`,
        });
      }
      const background = app.runState === 'notRunning' ? ' (background task)' : '';
      return deliverRaw(
        state,
        appId,
        msgId,
        notification.bytes,
        now,
        `raw data to ${app.name}${background}`,
      );
    }
  }
}
