import * as v from 'valibot';
import { count, oneOf, text, time } from './common';

// The phone's stored state: installed apps, tiles, toasts, badges, raw messages, its log.
// Each record and list is read item by item, so one bad item is dropped alone. Rich payload
// content (a toast's text, a tile's binding) is checked as an object only: rendering it is
// guarded by the error boundary of the phone's region.

const bool = v.boolean('is not true or false');

export const installedAppSchema = v.object({
  appId: text,
  name: text,
  // Reaches a `style` attribute: only a hex colour.
  tileColor: v.pipe(text, v.regex(/^#[0-9a-f]{6}$/i, 'is not a colour (#rrggbb)')),
  runState: oneOf(['notRunning', 'background', 'foreground']),
  toastsEnabled: bool,
  backgroundTask: bool,
  authenticatedService: bool,
  channels: v.object({ wns: v.optional(text), mpns: v.optional(text) }),
  launchedWith: v.optional(text),
});

const diagnostic = v.looseObject({ rule: text, message: text });

export const shownToastSchema = v.object({
  id: text,
  appId: text,
  msgId: text,
  toast: v.looseObject({ kind: v.literal('toast') }),
  shownAt: time,
  group: v.optional(text),
  tag: v.optional(text),
});

export const rawMessageSchema = v.object({
  id: text,
  msgId: text,
  receivedAt: time,
  bytes: v.instance(Uint8Array, 'is not bytes'),
});

export const logEntrySchema = v.object({
  id: text,
  at: time,
  appId: v.optional(text),
  msgId: v.optional(text),
  message: text,
  diagnostic: v.optional(diagnostic),
});

export const badgeSchema = v.union([count, text], 'is not a badge');

export const wpTileSchema = v.object({
  tileId: text,
  appId: text,
  navigationUri: v.optional(text),
  template: oneOf(['Tile', 'FlipTile', 'CycleTile', 'IconicTile']),
  properties: v.record(v.string(), text),
  updatedAt: time,
});

const wnsTileItem = v.object({
  id: text,
  msgId: text,
  tag: v.optional(text),
  binding: v.looseObject({}),
  receivedAt: time,
  expiresAt: v.optional(time),
});

export const wnsTileSchema = v.object({
  size: oneOf(['small', 'medium', 'wide', 'large']),
  queueEnabled: bool,
  items: v.array(wnsTileItem),
  previous: v.optional(v.object({ itemId: text, items: v.array(wnsTileItem) })),
});
