import type { WnsTileBinding } from '../../protocol/notification';
import type { WnsTileSize } from '../../protocol/wns/tile-templates';

/** One tile update in an app's notification queue. */
export type WnsTileItem = {
  id: string;
  msgId: string;
  tag?: string;
  /**
   * Every binding of the notification: the user can resize the tile at any time, and the tile
   * then shows the binding for its new size. [S56]
   */
  bindings: WnsTileBinding[];
  /** It had no binding for the tile's size when it arrived, and has not been seen since. */
  held?: boolean;
  receivedAt: number;
  /** X-WNS-TTL or the 3-day default: after it the tile no longer shows the update. [S15] */
  expiresAt?: number;
};

/** A WNS app's live tile: its size, queue setting and the updates it cycles through. */
export type WnsTileState = {
  size: WnsTileSize;
  /** TileUpdater.EnableNotificationQueue: keep up to five updates and cycle them. [S15, S44] */
  queueEnabled: boolean;
  /** Newest first. */
  items: WnsTileItem[];
  /**
   * What the tile showed before its newest update (`itemId`) arrived, so an update whose image
   * fails under the Windows 8 rule can be taken back. [S19]
   */
  previous?: { itemId: string; items: WnsTileItem[] };
};

export const WNS_TILE_QUEUE_LIMIT = 5;

export const initialWnsTile = (): WnsTileState => ({
  size: 'medium',
  queueEnabled: false,
  items: [],
});
