import * as v from 'valibot';
import { count, deadline, oneOf, text, time } from './common';

// The phone's stored state: installed apps, tiles, toasts, badges, raw messages, its log.
// Each record and list is read item by item, so one bad item is dropped alone. A toast's and a
// tile's content is checked in every field the phone, its snapshot and its renderers compute
// on; optional layout hints as their types. The phone's error boundary guards what is left.
// Loose objects: a field a later version adds is kept, not stripped.

const bool = v.boolean('is not true or false');

export const installedAppSchema = v.looseObject({
  appId: text,
  name: text,
  // Reaches a `style` attribute: only a hex colour. None: the tile takes the accent colour.
  tileColor: v.optional(v.pipe(text, v.regex(/^#[0-9a-f]{6}$/i, 'is not a colour (#rrggbb)'))),
  runState: oneOf(['notRunning', 'background', 'foreground']),
  toastsEnabled: bool,
  backgroundTask: bool,
  authenticatedService: bool,
  channels: v.looseObject({ wns: v.optional(text), mpns: v.optional(text) }),
  launchedWith: v.optional(text),
});

const diagnostic = v.looseObject({ rule: text, message: text });

const optionalText = v.optional(text);
const finite = v.pipe(v.number('is not a number'), v.finite('is not a number'));

const image = v.looseObject({
  id: optionalText,
  src: text,
  alt: optionalText,
  placement: optionalText,
  crop: optionalText,
  addImageQuery: v.optional(bool),
});

const toast = v.looseObject({
  kind: v.literal('toast'),
  template: text,
  texts: v.array(text),
  images: v.array(image),
  launch: optionalText,
  duration: oneOf(['short', 'long']),
  silent: bool,
  sound: optionalText,
  loop: v.optional(bool),
  attribution: optionalText,
  actions: v.optional(
    v.array(
      v.looseObject({
        content: text,
        arguments: text,
        activationType: optionalText,
        inputId: optionalText,
      }),
    ),
  ),
  inputs: v.optional(
    v.array(
      v.looseObject({
        id: text,
        type: oneOf(['text', 'selection']),
        title: optionalText,
        placeHolderContent: optionalText,
        defaultInput: optionalText,
        selections: v.array(v.looseObject({ id: text, content: text })),
      }),
    ),
  ),
});

const tileSize = oneOf(['small', 'medium', 'wide', 'large']);

const binding = v.looseObject({
  template: text,
  fallback: optionalText,
  size: tileSize,
  texts: v.array(text),
  images: v.array(image),
  branding: optionalText,
  displayName: optionalText,
  textHints: v.optional(
    v.array(
      v.looseObject({
        style: optionalText,
        wrap: v.optional(bool),
        maxLines: v.optional(count),
        align: optionalText,
        group: v.optional(count),
        subgroup: v.optional(count),
      }),
    ),
  ),
  textStacking: optionalText,
  overlay: v.optional(finite),
  groups: v.optional(v.array(v.array(finite))),
});

export const shownToastSchema = v.looseObject({
  id: text,
  appId: text,
  msgId: text,
  toast,
  shownAt: time,
  group: v.optional(text),
  tag: v.optional(text),
});

export const rawMessageSchema = v.looseObject({
  id: text,
  msgId: text,
  receivedAt: time,
  bytes: v.instance(Uint8Array, 'is not bytes'),
});

export const logEntrySchema = v.looseObject({
  id: text,
  at: time,
  appId: v.optional(text),
  msgId: v.optional(text),
  message: text,
  diagnostic: v.optional(diagnostic),
});

export const badgeSchema = v.union([count, text], 'is not a badge');

export const wpTileSchema = v.looseObject({
  tileId: text,
  appId: text,
  navigationUri: v.optional(text),
  template: oneOf(['Tile', 'FlipTile', 'CycleTile', 'IconicTile']),
  properties: v.record(v.string(), text),
  size: v.optional(oneOf(['small', 'medium', 'wide'])),
  updatedAt: time,
});

// Stored before tiles kept every binding, an item had the one it showed (`binding`): read as
// `bindings` of one.
const wnsTileItem = v.pipe(
  v.looseObject({
    id: text,
    msgId: text,
    tag: v.optional(text),
    binding: v.optional(binding),
    bindings: v.optional(v.array(binding)),
    held: v.optional(bool),
    receivedAt: time,
    expiresAt: v.optional(deadline),
  }),
  v.check((i) => !!(i.bindings?.length || i.binding), 'has no binding'),
  v.transform(({ binding: one, bindings, ...item }) => ({
    ...item,
    bindings: bindings?.length ? bindings : [one!],
  })),
);

export const wnsTileSchema = v.looseObject({
  size: tileSize,
  queueEnabled: bool,
  items: v.array(wnsTileItem),
  previous: v.optional(v.looseObject({ itemId: text, items: v.array(wnsTileItem) })),
});
