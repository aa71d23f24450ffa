export { Badge } from './Badge';
export { Glyph, glyphShapes } from './glyphs';
export * from './profiles';
export * from './start-layouts';
export * from './text';
export { isRemoteImage, RemoteImages } from './remote-images';
export type * from './types';
export { ToastView, type ToastData } from './ToastView';
export { WnsTileView } from './WnsTileView';
export { WpTileView, type WpTileData } from './WpTileView';
// PayloadSizes and PayloadCell are imported by path, not from here: only the lazily
// loaded composer preview and contact sheet use them, so they stay out of the first page.
