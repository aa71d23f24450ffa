import type { PushServiceKind } from '../protocol/types';
import { forgetMpnsApp } from './mpns/apps';
import type { AppRunState, AppSettings, ConnectionState, DeviceState, InstalledApp } from './state';

/**
 * Installs an app. Its tiles take the phone's accent colour unless the app sets its own, as on
 * Windows Phone.
 */
export function installApp(
  state: DeviceState,
  appId: string,
  name: string,
  tileColor?: string,
): DeviceState {
  const app: InstalledApp = {
    appId,
    name,
    ...(tileColor && { tileColor }),
    runState: 'notRunning',
    toastsEnabled: true,
    backgroundTask: false,
    authenticatedService: false,
    channels: {},
  };
  return { ...state, apps: { ...state.apps, [appId]: app }, appOrder: [...state.appOrder, appId] };
}

function updateApp(state: DeviceState, appId: string, change: Partial<InstalledApp>): DeviceState {
  const app = state.apps[appId];
  if (!app) return state;
  return { ...state, apps: { ...state.apps, [appId]: { ...app, ...change } } };
}

/** The app opened (or reopened) a channel: it now uses that push service. */
export const recordChannel = (
  state: DeviceState,
  appId: string,
  service: PushServiceKind,
  uri: string,
) => {
  const app = state.apps[appId];
  if (app && app.channels[service] === uri && app.pushService === service) return state;
  return updateApp(state, appId, {
    channels: { ...app?.channels, [service]: uri },
    pushService: service,
  });
};

/** The push service an app uses; a stored app from before the rule: the one channel it has. */
export function pushServiceOf(app: InstalledApp): PushServiceKind | undefined {
  if (app.pushService) return app.pushService;
  const open = Object.keys(app.channels) as PushServiceKind[];
  return open.length === 1 ? open[0] : undefined;
}

export const setRunState = (state: DeviceState, appId: string, runState: AppRunState) =>
  updateApp(state, appId, { runState });

export const findAppByName = (state: DeviceState, name: string) =>
  Object.values(state.apps).find((a) => a.name === name);

/** Leaving the app (Back to Start): it keeps running in the background. */
export const closeApp = (state: DeviceState, appId: string) =>
  updateApp(state, appId, { runState: 'background', launchedWith: undefined });

export const updateAppSettings = (
  state: DeviceState,
  appId: string,
  settings: Partial<AppSettings>,
) => updateApp(state, appId, settings);

/** Removes the app and everything the shell kept for it (tile, badge, raw inbox, toasts). */
export function uninstallApp(state: DeviceState, appId: string): DeviceState {
  if (!state.apps[appId]) return state;
  const apps = { ...state.apps };
  delete apps[appId];
  const badges = { ...state.badges };
  delete badges[appId];
  const rawInbox = { ...state.rawInbox };
  delete rawInbox[appId];
  const mpns = forgetMpnsApp(state, appId);
  const wnsTiles = { ...state.wnsTiles };
  delete wnsTiles[appId];
  return {
    ...state,
    wnsTiles,
    apps,
    badges,
    rawInbox,
    ...mpns,
    appOrder: state.appOrder.filter((id) => id !== appId),
    banner: state.banner?.appId === appId ? null : state.banner,
    actionCenter: state.actionCenter.filter((t) => t.appId !== appId),
  };
}

export const setConnection = (state: DeviceState, connection: ConnectionState): DeviceState => ({
  ...state,
  connection,
});

/** Forgets a channel URI the push client had opened for an app. */
export function forgetChannel(state: DeviceState, uri: string): DeviceState {
  const app = Object.values(state.apps).find((a) => Object.values(a.channels).includes(uri));
  if (!app) return state;
  const channels = Object.fromEntries(Object.entries(app.channels).filter(([, u]) => u !== uri));
  // Closing the channel of the service it used leaves the app with the other one, if open.
  const left = Object.keys(channels) as PushServiceKind[];
  const pushService =
    app.pushService && channels[app.pushService]
      ? app.pushService
      : left.length === 1
        ? left[0]
        : undefined;
  return updateApp(state, app.appId, { channels, pushService });
}

/**
 * Whose tile the Start screen shows for an app: the push service it uses, so a tile left by the
 * service it used before is neither drawn nor reported. Apps with no channel: whichever exists.
 */
export function tileServiceOf(state: DeviceState, appId: string): PushServiceKind {
  const app = state.apps[appId];
  const uses = app && pushServiceOf(app);
  return uses ?? (state.wpTiles?.[appId] ? 'mpns' : 'wns');
}
