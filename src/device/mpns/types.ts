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

/** A Windows Phone live tile: its layout and the current value of each property. */
export type WpTileState = {
  tileId: string;
  appId: string;
  /** Secondary tiles: their navigation URI (`wp:Tile Id`); undefined for the primary tile. */
  navigationUri?: string;
  template: MpnsTileTemplate;
  /** Property element name → current value; a cleared or never-set property is absent. */
  properties: Record<string, string>;
  updatedAt: number;
};
