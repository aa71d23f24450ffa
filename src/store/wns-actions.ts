import * as device from '../device';
import type { WnsTileSize } from '../protocol/wns/tile-templates';
import * as service from '../service';
import type { Get, Set, StoreContext } from './store';

export type WnsActions = {
  /** Per-channel rate limit and simulated fault (SPEC §0 ⚙). */
  setWnsSettings(settings: Partial<service.WnsSettings>): void;
  /** TileUpdater.EnableNotificationQueue: the phone cycles five updates, WNS caches five. */
  setNotificationQueue(appId: string, enabled: boolean): void;
  /** The user resizes the tile on Start; updates held for the new size show now. [S56] */
  setWnsTileSize(appId: string, size: WnsTileSize): void;
  /** Edit an app's Package SID or client secret, as the Store dashboard would. */
  setAppCredentials(
    appId: string,
    credentials: { packageSid?: string; clientSecret?: string },
  ): void;
  dismissActionCenterToast(toastId: string): void;
};

/** WNS-only controls: kept apart from the shared action groups. */
export const wnsActions = (set: Set, get: Get, context: StoreContext): WnsActions => ({
  setWnsSettings(settings) {
    set({ service: service.setWnsSettings(get().service, settings) });
  },
  setNotificationQueue(appId, enabled) {
    set({
      service: service.setNotificationQueue(get().service, appId, enabled),
      device: device.setWnsTileQueue(get().device, appId, enabled),
    });
  },
  setWnsTileSize(appId, size) {
    // Held updates that show at the new size end their journal entry with what the user sees.
    const resized = device.resizeWnsTile(get().device, appId, size);
    context.commit({ device: resized.state, events: resized.events });
  },
  setAppCredentials(appId, credentials) {
    set({ service: service.setAppCredentials(get().service, appId, credentials) });
    const changed = Object.keys(credentials).join(' and ');
    context.lifecycle(appId, 'credentialsChanged', `Credentials changed: ${changed}`);
  },
  dismissActionCenterToast(toastId) {
    set({ device: device.dismissActionCenterToast(get().device, toastId) });
  },
});
