import type { WnsTileSize } from './wns/tile-templates';

// Parsed notifications, as the phone shell consumes them: a discriminated union on `kind`.

export type NotificationImage = {
  id?: string;
  src: string;
  alt?: string;
  /** Windows 10: inline | background | peek (tiles), appLogoOverride | hero (toasts). [S49, S54] */
  placement?: string;
  /** Windows 10 `hint-crop`: none | circle. */
  crop?: string;
  /** `addImageQuery` from the image, else its binding, else its visual. [S45] */
  addImageQuery?: boolean;
};

/** Windows 10 adaptive text hints, kept for the renderer. [S49] */
export type TextHints = {
  style?: string;
  wrap?: boolean;
  maxLines?: number;
  align?: string;
  /** Index of the `<group>` (and `<subgroup>` within it) the text sits in, if any. */
  group?: number;
  subgroup?: number;
};

export type ToastNotification = {
  kind: 'toast';
  /** The layout: a Windows template name (ToastText02, ToastGeneric…) or `wp:Toast`. */
  template: string;
  /** Visible texts in slot order; the first is the title. */
  texts: string[];
  images: NotificationImage[];
  /** Launch arguments (WNS `launch`) or navigation target (MPNS `wp:Param`). */
  launch?: string;
  duration: 'short' | 'long';
  silent: boolean;
  sound?: string;
  /** WNS `<audio loop="true">` (needs duration="long"). [S52] */
  loop?: boolean;
  /** Windows 10 `<text placement="attribution">`. [S54] */
  attribution?: string;
  /** Windows 10 interactive toasts: buttons and inputs under `<actions>`. [S54] */
  actions?: ToastAction[];
  inputs?: ToastInput[];
};

export type ToastAction = {
  content: string;
  arguments: string;
  activationType?: string;
  inputId?: string;
};

export type ToastInput = {
  id: string;
  type: 'text' | 'selection';
  title?: string;
  placeHolderContent?: string;
  defaultInput?: string;
  selections: { id: string; content: string }[];
};

export type BadgeNotification = {
  kind: 'badge';
  /** 0 clears; 1–99 show as given; above 99 shows "99+". [S42] */
  value: number | BadgeGlyph;
};

export type RawNotification = {
  kind: 'raw';
  bytes: Uint8Array;
};

export const badgeGlyphs = [
  'none',
  'activity',
  'alarm',
  'alert',
  'attention',
  'available',
  'away',
  'busy',
  'error',
  'newMessage',
  'paused',
  'playing',
  'unavailable',
] as const;
export type BadgeGlyph = (typeof badgeGlyphs)[number];

/** One `<binding>` of a WNS tile: the content for one tile size. [S44, S49] */
export type WnsTileBinding = {
  template: string;
  fallback?: string;
  size: WnsTileSize;
  /** Texts in slot order (8.x templates) or document order (adaptive). */
  texts: string[];
  images: NotificationImage[];
  branding?: string;
  displayName?: string;
  /** Adaptive only: one entry per text, in document order. [S49] */
  textHints?: TextHints[];
  /** Adaptive `hint-textStacking` and `hint-overlay` on the binding. [S49] */
  textStacking?: string;
  overlay?: number;
  /** Adaptive subgroup `hint-weight`s, per group. */
  groups?: number[][];
};

/** A WNS tile notification (`wnsTile`, apart from MPNS's own tile kind). */
export type WnsTileNotification = { kind: 'wnsTile'; bindings: WnsTileBinding[] };

export type Notification =
  ToastNotification | BadgeNotification | RawNotification | WnsTileNotification;
