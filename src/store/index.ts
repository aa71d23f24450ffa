export * from './store';
export * from './journal';
export { createAutomationApi, type TilecastApi } from './automation';
export { autosave, clearStoredState, restore } from './persistence';
export { claimWriter, type StorageRole } from './storage-role';
export { restorePackages, savePackages } from './package-storage';
export { inBackground } from './defer-notices';
export { noticeTiming } from './push-actions';
export * from './inspector-actions';
export * from './inspector';
/** Reading and writing journal files, loaded on demand (inspector/files.ts). */
export const journalFiles = () => import('./inspector/files');
// The phone's vocabulary, for the UI (features never import device/ directly).
export type {
  AppRunState,
  AppSettings,
  ConnectionState,
  DeviceLogEntry,
  InstalledApp,
  Outcome,
  RawMessage,
  ShownToast,
  WpTileState,
  WnsTileItem,
  WnsTileState,
  ImageFailureRule,
  ImageOwner,
} from '../device';
export type { PackageFile } from './package-actions';
export { imageRuleOf, PACKAGE_FILE_LIMIT, tileServiceOf } from '../device';
// Which of a tile's updates show at a size: the Start screen picks on every resize. [S56]
export { bindingAt, itemsAt, sizesOf } from '../device';
export type {
  AppRecord,
  DropRecord,
  Match,
  PhoneSnapshot,
  RawRecord,
  RelayLink,
  RelaySnapshot,
  TileRecord,
  ToastRecord,
} from './automation';
export type { MpnsSettings, WnsSettings } from '../service';
export { ownedClaims, relayUriFor, type RelayClaims, type RelayStatus } from './relay-status';
export { catalog, previewPayload, type ComposerType, type PayloadPreview } from './composer';
// Quoting for generated code (inspector copies, composer's request as code).
export * from './snippets/quote';
