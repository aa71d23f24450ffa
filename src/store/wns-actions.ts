import * as device from '../device';
import type { WnsTileSize } from '../protocol/wns/tile-templates';
import * as service from '../service';
import { addFate } from './journal';
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
    const resized = device.resizeWnsTile(get().device, appId, size);
    let journal = get().journal;
    // A held update's journal entry ends with what the user now sees.
    for (const { msgId, detail } of resized.revealed)
      journal = addFate(journal, msgId, { kind: 'shown', detail });
    set({ device: resized.state, journal });
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
