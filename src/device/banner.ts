import type { DeviceEvent, DeviceResult } from './events';
import type { DeviceState, ShownToast } from './state';

/**
 * How long a banner stays on screen: about 7 s for a short toast, 25 s for a long one. The
 * platform owns this timer, so it runs on the virtual clock: advancing the clock hides the
 * banner in the page and in Node alike. [S10, S51]
 */
export const BANNER_MS = { short: 7000, long: 25000 } as const;

/** The toast as the banner: it leaves the screen at `hideAt` on the virtual clock. */
export const asBanner = (toast: ShownToast, now: number): ShownToast => ({
  ...toast,
  hideAt: now + BANNER_MS[toast.toast.duration],
});

export const hideBanner = (
  state: DeviceState,
  reason: Extract<DeviceEvent, { kind: 'BannerHidden' }>['reason'],
): DeviceResult => {
  const banner = state.banner;
  if (!banner) return { state, events: [] };
  return {
    state: { ...state, banner: null },
    events: [{ kind: 'BannerHidden', appId: banner.appId, toastId: banner.id, reason }],
  };
};

/** The banner's time is up: it goes (its Action Center copy, if any, stays). */
export function hideDueBanner(state: DeviceState, now: number): DeviceResult {
  const banner = state.banner;
  if (!banner || banner.hideAt === undefined || now < banner.hideAt) return { state, events: [] };
  return hideBanner(state, 'timeout');
}

/** The user flicks the banner away. */
export const dismissBanner = (state: DeviceState): DeviceResult => hideBanner(state, 'dismissed');
