import type { ToastNotification } from '../../protocol/notification';
import { matchesToast, type WnsMatch } from '../../protocol/wns/match';
import { asBanner } from '../banner';
import type { DeviceResult } from '../events';
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
): DeviceResult {
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
  const banner = suppressPopup ? state.banner : asBanner(shown, now);
  const detail = suppressPopup ? 'action center (popup suppressed)' : 'toast banner';
  const { appId, msgId } = incoming;
  return {
    state: { ...state, seq, banner, actionCenter },
    events: [
      suppressPopup
        ? { kind: 'ToastShown', appId, msgId, toast: shown, where: 'actionCenter', detail }
        : { kind: 'ToastShown', appId, msgId, toast: banner!, where: 'banner', detail },
    ],
  };
}

/** DELETE with X-WNS-Match: remove the app's matching Action Center toasts. [S15] */
export function clearActionCenter(
  state: DeviceState,
  appId: string,
  match: WnsMatch,
): { state: DeviceState; removed: string[]; bannerHit: boolean } {
  const hit = (t: ShownToast) => t.appId === appId && matchesToast(match, t);
  const actionCenter = state.actionCenter.filter((t) => !hit(t));
  const removed = state.actionCenter.filter(hit).map((t) => t.id);
  const bannerHit = !!state.banner && hit(state.banner);
  return {
    state: { ...state, actionCenter, banner: bannerHit ? null : state.banner },
    removed,
    bannerHit,
  };
}

/** The user swipes a toast out of Action Center. */
export const dismissActionCenterToast = (state: DeviceState, toastId: string): DeviceState => ({
  ...state,
  actionCenter: state.actionCenter.filter((t) => t.id !== toastId),
});
