export * from './state';
export * from './apps';
export * from './receive';
export type { MpnsIncoming, WpTileState } from './mpns/types';
