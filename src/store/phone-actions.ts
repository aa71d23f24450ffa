import * as device from '../device';
import * as service from '../service';
import { openMpnsChannel } from './mpns-actions';
import { throughPhone } from './commit';
import { SAMPLE_APP, type Get, type Set, type StoreContext, type TilecastActions } from './store';

type PhoneActions = Pick<
  TilecastActions,
  | 'installApp'
  | 'uninstallApp'
  | 'openChannel'
  | 'closeChannel'
  | 'setConnection'
  | 'setAppState'
  | 'updateAppSettings'
  | 'dismissBanner'
  | 'tapToast'
  | 'closeApp'
>;

/** The phone's own controls: apps, channels, connection, and the shell's toasts. */
export const phoneActions = (set: Set, get: Get, context: StoreContext): PhoneActions => ({
  installApp(name) {
    const existing = device.findAppByName(get().device, name);
    if (existing) return existing.appId;
    const appId = `app-${get().seq + 1}`;
    const registered = service.registerApp(get().service, appId, name, context.secret);
    set({ service: registered.state, device: device.installApp(get().device, appId, name) });
    context.lifecycle(
      appId,
      'appInstalled',
      `${name} installed (Package SID ${registered.app.packageSid})`,
    );
    return appId;
  },

  uninstallApp(appId) {
    const app = get().device.apps[appId];
    if (!app) return;
    set({
      service: service.closeAppChannels(get().service, appId),
      device: device.uninstallApp(get().device, appId),
    });
    context.lifecycle(
      appId,
      'appUninstalled',
      `${app.name} uninstalled; its channels now answer 404`,
    );
  },

  openChannel(options) {
    const { service: kind, app = SAMPLE_APP } = options;
    const appId = get().installApp(app);
    if (kind === 'mpns') return openMpnsChannel(set, get, context, appId, options);
    const env = context.env();
    const registered = get().service.apps[appId]!;
    const credentials = { clientId: registered.packageSid, clientSecret: registered.clientSecret };
    // Like CreatePushNotificationChannelForApplicationAsync: a still-valid channel is reused.
    const existingUri = get().device.apps[appId]?.channels.wns;
    const existing = Object.values(get().service.channels).find((c) => c.uri === existingUri);
    if (existing && existing.expiresAt > env.now) {
      // Reopening is the app choosing WNS again (an app uses one push service).
      const chosen = device.recordChannel(get().device, appId, 'wns', existing.uri);
      if (chosen !== get().device) set({ device: chosen });
      return {
        uri: existing.uri,
        service: 'wns',
        appId,
        expiresAt: existing.expiresAt,
        credentials,
      };
    }
    const opened = service.openWnsChannel(get().service, appId, env);
    const { channel } = opened;
    set({
      service: opened.state,
      device: device.recordChannel(get().device, appId, 'wns', channel.uri),
    });
    context.lifecycle(appId, 'channelOpened', `WNS channel opened: ${channel.uri}`);
    return { uri: channel.uri, service: 'wns', appId, expiresAt: channel.expiresAt, credentials };
  },

  closeChannel(uri) {
    const owner = Object.values(get().device.apps).find((a) =>
      Object.values(a.channels).includes(uri),
    );
    set({
      service: service.closeChannel(get().service, uri),
      device: device.forgetChannel(get().device, uri),
    });
    context.lifecycle(owner?.appId ?? '', 'channelClosed', `Channel closed: ${uri}`);
  },

  setConnection(connection) {
    if (get().device.connection === connection) return;
    const env = context.env();
    const changed = service.setConnection(get().service, connection, env);
    const phone = throughPhone(
      device.setConnection(get().device, connection),
      changed.events,
      env.now,
    );
    context.lifecycle('', 'connectionChanged', `Phone connection: ${connection}`, {
      service: changed.state,
      device: phone.device,
      events: phone.events,
    });
  },

  setAppState(appId, runState) {
    set({ device: device.setRunState(get().device, appId, runState) });
  },
  updateAppSettings(appId, settings) {
    set({ device: device.updateAppSettings(get().device, appId, settings) });
  },
  dismissBanner() {
    const dismissed = device.dismissBanner(get().device);
    context.commit({ device: dismissed.state, events: dismissed.events });
  },
  tapToast(toastId) {
    set({ device: device.tapToast(get().device, toastId) });
  },
  closeApp(appId) {
    set({ device: device.closeApp(get().device, appId) });
  },
});
