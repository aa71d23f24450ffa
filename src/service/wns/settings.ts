import type { ServiceState } from '../state';
import type { WnsSettings } from './wns-state';

/** The tester's WNS knobs: per-channel rate limit and simulated service fault. (SPEC §0 ⚙) */
export const setWnsSettings = (
  state: ServiceState,
  settings: Partial<WnsSettings>,
): ServiceState => ({
  ...state,
  wns: { ...state.wns, settings: { ...state.wns.settings, ...settings } },
});

/** The app called TileUpdater.EnableNotificationQueue: WNS may cache five tiles for it. [S15] */
export const setNotificationQueue = (
  state: ServiceState,
  appId: string,
  enabled: boolean,
): ServiceState => ({
  ...state,
  wns: { ...state.wns, notificationQueue: { ...state.wns.notificationQueue, [appId]: enabled } },
});

/**
 * The Store dashboard's credentials changed (a new secret, or a typo a tester wants to see fail).
 * Tokens already issued stay valid until they expire, as OAuth access tokens do.
 */
export function setAppCredentials(
  state: ServiceState,
  appId: string,
  credentials: { packageSid?: string; clientSecret?: string },
): ServiceState {
  const app = state.apps[appId];
  if (!app) return state;
  return { ...state, apps: { ...state.apps, [appId]: { ...app, ...credentials } } };
}
