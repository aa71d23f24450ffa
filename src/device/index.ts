export * from './state';
export * from './apps';
export * from './receive';
export * from './events';
export { BANNER_MS, dismissBanner } from './banner';
export type { MpnsIncoming, WpTileSize, WpTileState } from './mpns/types';
export { setWpTileSize } from './mpns/tiles';
export * from './wns/tile-state';
export { dismissActionCenterToast } from './wns/action-center';
export {
  expireWnsTiles,
  resizeWnsTile,
  setWnsTileQueue,
  setWnsTileSize,
  wnsTileOf,
} from './wns/tiles';
export { bindingAt, itemsAt, sizesOf } from './wns/tile-sizes';
export { imageFailed, imageFailureRule } from './image-failure';
export type { ImageFailure, ImageFailureRule, ImageOwner } from './image-failure';
export { imageRuleOf, profileRules } from './profile-rules';
export { checkPackageImage, PACKAGE_FILE_LIMIT } from './package';
export type { PackageCheck, PackageImage } from './package';
export { cleanSvgTree, serializeSvg, SVG_NS } from './svg-allowlist';
export type { SvgAttribute, SvgNode } from './svg-allowlist';
export { DEVICE_LOG_LIMIT } from './log';
export { RAW_INBOX_LIMIT } from './raw';
