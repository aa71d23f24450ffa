import type { ToastNotification } from '../../protocol/notification';
import { matchesToast, type WnsMatch } from '../../protocol/wns/match';
import type { DeviceState, WnsIncoming, ShownToast } from '../state';

/** Action Center keeps the newest toasts per device. */
export const ACTION_CENTER_LIMIT = 20;

/**
 * A toast is shown: as a banner and in Action Center, or straight into Action Center with
 * X-WNS-SuppressPopup. The same tag (within the same group) replaces the older toast. [S15]
 */
export function showToast(
  state: DeviceState,
  incoming: WnsIncoming,
  toast: ToastNotification,
  now: number,
): { state: DeviceState; detail: string } {
  const seq = state.seq + 1;
  const { group, tag, suppressPopup } = incoming.options;
  const shown: ShownToast = {
    id: `toast-${seq}`,
    appId: incoming.appId,
    msgId: incoming.msgId,
    toast,
    shownAt: now,
    group,
    tag,
  };
  const replaces = (t: ShownToast) =>
    tag !== undefined && t.appId === incoming.appId && t.tag === tag && t.group === group;
  const actionCenter = [shown, ...state.actionCenter.filter((t) => !replaces(t))].slice(
    0,
    ACTION_CENTER_LIMIT,
  );
  return {
    state: { ...state, seq, banner: suppressPopup ? state.banner : shown, actionCenter },
    detail: suppressPopup ? 'action center (popup suppressed)' : 'toast banner',
  };
}

/** DELETE with X-WNS-Match: remove the app's matching Action Center toasts. [S15] */
export function clearActionCenter(
  state: DeviceState,
  appId: string,
  match: WnsMatch,
): { state: DeviceState; removed: number } {
  const hit = (t: ShownToast) => t.appId === appId && matchesToast(match, t);
  const actionCenter = state.actionCenter.filter((t) => !hit(t));
  const removed = state.actionCenter.length - actionCenter.length;
  const banner = state.banner && hit(state.banner) ? null : state.banner;
  return { state: { ...state, actionCenter, banner }, removed };
}

/** The user swipes a toast out of Action Center. */
export const dismissActionCenterToast = (state: DeviceState, toastId: string): DeviceState => ({
  ...state,
  actionCenter: state.actionCenter.filter((t) => t.id !== toastId),
});
