import { parseMpnsPayload } from '../../protocol/mpns/payload';
import type { Diagnostic } from '../../protocol/types';
import { asBanner } from '../banner';
import type { DeviceResult } from '../events';
import type { DeviceState, InstalledApp, ShownToast } from '../state';
import { drop } from '../log';
import { deliverRaw } from '../raw';
import { mergeTile, wpTileId } from './tiles';
import type { MpnsIncoming } from './types';

const dropped = (reason: string, diagnostic?: Diagnostic) => ({
  kind: 'dropped' as const,
  reason,
  diagnostic,
});

/**
 * The Windows Phone push client and shell handle one MPNS notification for an installed app
 * (receive.ts checks that first, for both services). [S1, S2, S10]
 */
export function receiveMpns(
  state: DeviceState,
  app: InstalledApp,
  incoming: MpnsIncoming,
  now: number,
): DeviceResult {
  const parsed = parseMpnsPayload(incoming.target, incoming.body);
  if (!parsed.ok)
    return drop(state, incoming, now, dropped(parsed.diagnostic.message, parsed.diagnostic));
  const notification = parsed.notification;
  const { appId } = app;
  const { msgId } = incoming;

  switch (notification.kind) {
    case 'toast': {
      if (!app.toastsEnabled)
        return drop(state, incoming, now, dropped(`toasts are turned off for ${app.name}`));
      const seq = state.seq + 1;
      const shown: ShownToast = {
        id: `toast-${seq}`,
        appId,
        msgId,
        toast: notification,
        shownAt: now,
      };
      // A toast for the app in the foreground is not shown; the app receives it. [S10]
      if (app.runState === 'foreground') {
        const inbox = state.appToasts?.[appId] ?? [];
        const detail = `toast to ${app.name} in the foreground (no banner)`;
        return {
          events: [{ kind: 'ToastShown', appId, msgId, toast: shown, where: 'app', detail }],
          state: { ...state, seq, appToasts: { ...state.appToasts, [appId]: [...inbox, shown] } },
        };
      }
      const banner = asBanner(shown, now);
      return {
        events: [
          {
            kind: 'ToastShown',
            appId,
            msgId,
            toast: banner,
            where: 'banner',
            detail: 'toast banner',
          },
        ],
        state: { ...state, seq, banner },
      };
    }
    case 'mpnsTile': {
      const tileId = wpTileId(appId, notification.id || undefined);
      const merged = mergeTile(state.wpTiles?.[tileId], appId, notification, now);
      if (!merged.ok) return drop(state, incoming, now, dropped(merged.reason));
      const { tile, detail } = merged;
      return {
        events: [{ kind: 'TileUpdated', service: 'mpns', appId, msgId, tile, detail }],
        state: { ...state, wpTiles: { ...state.wpTiles, [tileId]: tile } },
      };
    }
    case 'raw': {
      // Raw reaches only a running app; otherwise the phone discards it. [S1]
      if (app.runState === 'notRunning')
        return drop(
          state,
          incoming,
          now,
          dropped(`${app.name} is not running, so the raw notification was discarded`),
        );
      return deliverRaw(state, appId, msgId, notification.bytes, now, `raw data to ${app.name}`);
    }
  }
}
