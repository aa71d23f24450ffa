import { parseWnsPayload } from '../protocol/wns/payload';
import { receiveMpns } from './mpns/receive';
import { drop } from './log';
import { deliverRaw } from './raw';

export { drop };
import type { DeviceState, IncomingNotification, Outcome } from './state';
import { receiveWnsCommand, wnsPreCheck } from './wns/checks';
import { showToast } from './wns/action-center';
import { applyWnsTile } from './wns/tiles';

export type ReceiveResult = { state: DeviceState; outcome: Outcome };

/** The phone's push client and shell handle one notification the service delivered. */
export function receive(
  state: DeviceState,
  incoming: IncomingNotification,
  now: number,
): ReceiveResult {
  if (incoming.service === 'mpns') return receiveMpns(state, incoming, now);
  if (incoming.match) return receiveWnsCommand(state, incoming, incoming.match, now, drop);
  const parsed = parseWnsPayload(incoming.type, incoming.body);
  const refused = wnsPreCheck(state, incoming, parsed, now);
  if (refused) return drop(state, incoming, now, refused);
  const app = state.apps[incoming.appId];
  if (!app)
    return drop(state, incoming, now, { kind: 'dropped', reason: 'the app is not installed' });
  if (!parsed.ok) {
    return drop(state, incoming, now, {
      kind: 'dropped',
      reason: parsed.diagnostic.message,
      diagnostic: parsed.diagnostic,
    });
  }
  const notification = parsed.notification;

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
      const shown = showToast(state, incoming, notification, now);
      return { outcome: { kind: 'shown', detail: shown.detail }, state: shown.state };
    }
    case 'wnsTile':
      return applyWnsTile(state, incoming, notification, now);
    case 'badge':
      return {
        outcome: { kind: 'shown', detail: `badge ${String(notification.value)}` },
        state: { ...state, badges: { ...state.badges, [app.appId]: notification.value } },
      };
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
        app.appId,
        incoming.msgId,
        notification.bytes,
        now,
        `raw data to ${app.name}${background}`,
      );
    }
  }
}

/** The banner goes away: timed out or flicked away by the user. */
export const dismissBanner = (state: DeviceState): DeviceState => ({ ...state, banner: null });

/** Tapping a toast launches its app with the toast's launch arguments. */
export function tapToast(state: DeviceState, toastId: string): DeviceState {
  const toast =
    state.banner?.id === toastId ? state.banner : state.actionCenter.find((t) => t.id === toastId);
  if (!toast) return state;
  const app = state.apps[toast.appId];
  if (!app) return state;
  return {
    ...state,
    banner: null,
    actionCenter: state.actionCenter.filter((t) => t.id !== toastId),
    apps: {
      ...state.apps,
      [app.appId]: { ...app, runState: 'foreground', launchedWith: toast.toast.launch ?? '' },
    },
  };
}
