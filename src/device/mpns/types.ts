import type { MpnsTarget } from '../../protocol/mpns/headers';
import type { MpnsTileTemplate } from '../../protocol/mpns/tiles';

/** An MPNS notification arriving at the phone's push client. */
export type MpnsIncoming = {
  service: 'mpns';
  appId: string;
  msgId: string;
  target: MpnsTarget;
  notificationClass: number;
  body: Uint8Array;
};

/** Windows Phone 8 tiles come in three sizes (WP7 tiles only medium). [S33] */
export type WpTileSize = 'small' | 'medium' | 'wide';

/** A Windows Phone live tile: its layout and the current value of each property. */
export type WpTileState = {
  tileId: string;
  appId: string;
  /** Secondary tiles: their navigation URI (`wp:Tile Id`); undefined for the primary tile. */
  navigationUri?: string;
  template: MpnsTileTemplate;
  /** Property element name → current value; a cleared or never-set property is absent. */
  properties: Record<string, string>;
  /** The size the user gave the tile on Start; medium until resized. [S33] */
  size?: WpTileSize;
  updatedAt: number;
};
