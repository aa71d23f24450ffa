import type { BadgeNotification } from '../protocol/notification';
import type { Diagnostic } from '../protocol/types';
import type { WnsTileSize } from '../protocol/wns/tile-templates';
import type { WpTileState } from './mpns/types';
import type { DeviceLogEntry, DeviceState, Outcome, RawMessage, ShownToast } from './state';
import type { WnsTileItem } from './wns/tile-state';

/**
 * What the phone did, as it happened: the one record of it. The store journals these, the
 * automation API waits on them and the snapshot agrees with them; nothing compares two states
 * to learn what changed. Events that settle a notification carry its `msgId` and `detail`
 * (or the drop's reason), which is the fate the journal shows.
 */
export type DeviceEvent =
  | {
      kind: 'ToastShown';
      appId: string;
      msgId: string;
      toast: ShownToast;
      /** Where it went: the banner (and Action Center), Action Center only, or the app itself. */
      where: 'banner' | 'actionCenter' | 'app';
      detail: string;
    }
  | ({ kind: 'TileUpdated'; appId: string; msgId: string; detail: string } & (
      | { service: 'wns'; item: WnsTileItem; size: WnsTileSize }
      | { service: 'mpns'; tile: WpTileState }
    ))
  | {
      kind: 'BadgeUpdated';
      appId: string;
      msgId: string;
      value: BadgeNotification['value'];
      detail: string;
    }
  | { kind: 'RawDelivered'; appId: string; msgId: string; message: RawMessage; detail: string }
  /** WNS DELETE: Action Center toasts removed by a match. */
  | { kind: 'ToastsRemoved'; appId: string; msgId: string; toastIds: string[]; detail: string }
  | {
      kind: 'Dropped';
      appId: string;
      msgId?: string;
      reason: string;
      diagnostic?: Diagnostic;
      /** The device-log line the drop wrote. */
      log: DeviceLogEntry;
    }
  /**
   * A shown notification's image failed to load: the device log names it, and under the
   * Windows 8 rule the notification was `withdrawn` (its fate becomes dropped). [S19, S57]
   */
  | {
      kind: 'ImageFailed';
      appId: string;
      msgId?: string;
      reason: string;
      log: DeviceLogEntry;
      withdrawn: boolean;
    }
  /** The banner left the screen: its time ran out on the virtual clock, or it was removed. */
  | {
      kind: 'BannerHidden';
      appId: string;
      toastId: string;
      reason: 'timeout' | 'dismissed' | 'tapped' | 'removed';
    }
  /**
   * A WNS tile update with no binding for the tile's size: kept, not shown, until the user
   * resizes the tile to a size it has (then a `TileUpdated` shows it) or it expires. [S56]
   */
  | { kind: 'TileHeld'; appId: string; msgId: string; item: WnsTileItem; reason: string }
  /** Tile updates whose X-WNS-TTL (or 3 days) ran out left the tile. [S15] */
  | { kind: 'TileExpired'; appId: string; itemIds: string[] };

/** A step of the phone: its next state and what happened. */
export type DeviceResult = { state: DeviceState; events: DeviceEvent[] };

/** The fate an event gives its notification, if it settles one. */
export function fateOf(event: DeviceEvent): Outcome | undefined {
  switch (event.kind) {
    case 'Dropped':
      return event.diagnostic
        ? { kind: 'dropped', reason: event.reason, diagnostic: event.diagnostic }
        : { kind: 'dropped', reason: event.reason };
    case 'ImageFailed':
      return event.withdrawn ? { kind: 'dropped', reason: event.reason } : undefined;
    case 'TileHeld':
      return { kind: 'held', reason: event.reason };
    case 'BannerHidden':
    case 'TileExpired':
      return undefined;
    default:
      return { kind: 'shown', detail: event.detail };
  }
}

/** The outcome of one received notification: the fate of its first settling event. */
export function outcomeOf(events: readonly DeviceEvent[]): Outcome {
  for (const event of events) {
    const fate = fateOf(event);
    if (fate) return fate;
  }
  return { kind: 'dropped', reason: 'the phone did nothing with it' };
}
