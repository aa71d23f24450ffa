import { parseWnsPayload } from '../protocol/wns/payload';
import { receiveMpns } from './mpns/receive';
import type { DeviceState, IncomingNotification, Outcome, ShownToast } from './state';

export type ReceiveResult = { state: DeviceState; outcome: Outcome };

/** Action center keeps the newest toasts per device. */
const ACTION_CENTER_LIMIT = 20;

function drop(
  state: DeviceState,
  incoming: IncomingNotification,
  now: number,
  outcome: Extract<Outcome, { kind: 'dropped' }>,
): ReceiveResult {
  const seq = state.seq + 1;
  const where = outcome.diagnostic?.line
    ? ` at line ${outcome.diagnostic.line}, column ${outcome.diagnostic.column ?? 1}`
    : '';
  return {
    outcome,
    state: {
      ...state,
      seq,
      log: [
        ...state.log,
        {
          id: `log-${seq}`,
          at: now,
          appId: incoming.appId,
          msgId: incoming.msgId,
          message: `dropped: ${outcome.reason}${where}`,
          diagnostic: outcome.diagnostic,
        },
      ],
    },
  };
}

/** The phone's push client and shell handle one notification the service delivered. */
export function receive(
  state: DeviceState,
  incoming: IncomingNotification,
  now: number,
): ReceiveResult {
  if (incoming.service === 'mpns') return receiveMpns(state, incoming, now);
  const app = state.apps[incoming.appId];
  if (!app)
    return drop(state, incoming, now, { kind: 'dropped', reason: 'the app is not installed' });

  const parsed = parseWnsPayload(incoming.type, incoming.body);
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
        return drop(state, incoming, now, {
          kind: 'dropped',
          reason: `toasts are turned off for ${app.name}`,
        });
      }
      const seq = state.seq + 1;
      const shown: ShownToast = {
        id: `toast-${seq}`,
        appId: app.appId,
        msgId: incoming.msgId,
        toast: notification,
        shownAt: now,
      };
      const actionCenter = [shown, ...state.actionCenter].slice(0, ACTION_CENTER_LIMIT);
      return {
        outcome: { kind: 'shown', detail: 'toast banner' },
        state: { ...state, seq, banner: shown, actionCenter },
      };
    }
    case 'badge':
      return {
        outcome: { kind: 'shown', detail: `badge ${String(notification.value)}` },
        state: { ...state, badges: { ...state.badges, [app.appId]: notification.value } },
      };
    case 'raw': {
      if (app.runState === 'notRunning') {
        return drop(state, incoming, now, {
          kind: 'dropped',
          reason: `${app.name} is not running, so the raw notification was discarded`,
        });
      }
      const seq = state.seq + 1;
      const inbox = state.rawInbox[app.appId] ?? [];
      const message = {
        id: `raw-${seq}`,
        msgId: incoming.msgId,
        receivedAt: now,
        bytes: notification.bytes,
      };
      return {
        outcome: { kind: 'shown', detail: `raw data to ${app.name}` },
        state: { ...state, seq, rawInbox: { ...state.rawInbox, [app.appId]: [...inbox, message] } },
      };
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
