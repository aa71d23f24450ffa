export * from './state';
export * from './apps';
export * from './receive';
export type { MpnsIncoming, WpTileState } from './mpns/types';
export * from './wns/tile-state';
export { dismissActionCenterToast } from './wns/action-center';
export { expireWnsTiles, setWnsTileQueue, setWnsTileSize, wnsTileOf } from './wns/tiles';
