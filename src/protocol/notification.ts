// Parsed notifications, as the phone shell consumes them: a discriminated union on `kind`.

export type NotificationImage = { id?: string; src: string; alt?: string };

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

export type Notification = ToastNotification | BadgeNotification | RawNotification;
