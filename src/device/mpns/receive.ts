import { parseMpnsPayload } from '../../protocol/mpns/payload';
import type { Diagnostic } from '../../protocol/types';
import type { DeviceState, Outcome, ShownToast } from '../state';
import { drop } from '../log';
import { deliverRaw } from '../raw';
import { mergeTile, wpTileId } from './tiles';
import type { MpnsIncoming } from './types';

type Result = { state: DeviceState; outcome: Outcome };

const dropped = (reason: string, diagnostic?: Diagnostic) => ({
  kind: 'dropped' as const,
  reason,
  diagnostic,
});

/** The Windows Phone push client and shell handle one MPNS notification. [S1, S2, S10] */
export function receiveMpns(state: DeviceState, incoming: MpnsIncoming, now: number): Result {
  const app = state.apps[incoming.appId];
  if (!app) return drop(state, incoming, now, dropped('the app is not installed'));

  const parsed = parseMpnsPayload(incoming.target, incoming.body);
  if (!parsed.ok)
    return drop(state, incoming, now, dropped(parsed.diagnostic.message, parsed.diagnostic));
  const notification = parsed.notification;

  switch (notification.kind) {
    case 'toast': {
      if (!app.toastsEnabled)
        return drop(state, incoming, now, dropped(`toasts are turned off for ${app.name}`));
      const seq = state.seq + 1;
      const shown: ShownToast = {
        id: `toast-${seq}`,
        appId: app.appId,
        msgId: incoming.msgId,
        toast: notification,
        shownAt: now,
      };
      // A toast for the app in the foreground is not shown; the app receives it. [S10]
      if (app.runState === 'foreground') {
        const inbox = state.appToasts?.[app.appId] ?? [];
        return {
          outcome: { kind: 'shown', detail: `toast to ${app.name} in the foreground (no banner)` },
          state: {
            ...state,
            seq,
            appToasts: { ...state.appToasts, [app.appId]: [...inbox, shown] },
          },
        };
      }
      return {
        outcome: { kind: 'shown', detail: 'toast banner' },
        state: { ...state, seq, banner: shown },
      };
    }
    case 'mpnsTile': {
      const tileId = wpTileId(app.appId, notification.id || undefined);
      const merged = mergeTile(state.wpTiles?.[tileId], app.appId, notification, now);
      if (!merged.ok) return drop(state, incoming, now, dropped(merged.reason));
      return {
        outcome: { kind: 'shown', detail: merged.detail },
        state: { ...state, wpTiles: { ...state.wpTiles, [tileId]: merged.tile } },
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
      return deliverRaw(
        state,
        app.appId,
        incoming.msgId,
        notification.bytes,
        now,
        `raw data to ${app.name}`,
      );
    }
  }
}
