export { Badge } from './Badge';
export { Glyph, glyphShapes } from './glyphs';
export * from './profiles';
export * from './text';
export type * from './types';
export { ToastView, type ToastData } from './ToastView';
export { WnsTileView } from './WnsTileView';
export { WpTileView, type WpTileData } from './WpTileView';
