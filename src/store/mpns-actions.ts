import * as device from '../device';
import * as service from '../service';
import type { ChannelInfo, Get, OpenChannelOptions, Set, StoreContext } from './store';

/** The phone's push client opens the app's MPNS channel (`HttpNotificationChannel`). [S20–S26] */
export function openMpnsChannel(
  set: Set,
  get: Get,
  context: StoreContext,
  appId: string,
  options: OpenChannelOptions,
): ChannelInfo {
  const app = get().device.apps[appId]!;
  const authenticated = options.authenticated ?? app.authenticatedService;
  const opened = service.openMpnsChannel(
    get().service,
    appId,
    { authenticated, shellToast: options.shellToast, shellTile: options.shellTile },
    context.env(),
  );
  if (!opened.ok) throw new Error(opened.reason);
  const { channel } = opened;
  const info: ChannelInfo = {
    uri: channel.uri,
    service: 'mpns',
    appId,
    expiresAt: channel.expiresAt,
  };
  let phone = device.recordChannel(get().device, appId, 'mpns', channel.uri);
  if (opened.state === get().service && app.channels.mpns === channel.uri) {
    // Reopening is the app choosing MPNS again (an app uses one push service).
    if (phone !== get().device) set({ device: phone });
    return info;
  }
  phone = device.updateAppSettings(phone, appId, { authenticatedService: authenticated });
  set({ service: opened.state, device: phone });
  context.lifecycle(
    appId,
    'channelOpened',
    `MPNS channel opened${authenticated ? ' (authenticated service)' : ''}: ${channel.uri}`,
  );
  return info;
}

/** ⚙ MPNS service settings (SPEC §0): 503 switch, payload limit, queue depth, daily quota. */
export const mpnsActions = (set: Set, get: Get) => ({
  setMpnsSettings(settings: Partial<service.MpnsSettings>) {
    const state = get().service;
    set({
      service: {
        ...state,
        mpns: { ...state.mpns, settings: { ...state.mpns.settings, ...settings } },
      },
    });
  },
  /** The user resizes a Windows Phone tile on Start (primary or secondary, by tile id). */
  setWpTileSize(tileId: string, size: device.WpTileSize) {
    set({ device: device.setWpTileSize(get().device, tileId, size) });
  },
});
