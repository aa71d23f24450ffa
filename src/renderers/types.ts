import type { TileSize } from './profiles';

// What the renderers take: plain data, structurally the same as the parsed notifications.

export type ImageView = {
  src: string;
  alt?: string;
  placement?: string;
  crop?: string;
  /** `addImageQuery` from the image, its binding or its visual, nearest first. [S45] */
  addImageQuery?: boolean;
};
export type TextHintsView = {
  style?: string;
  wrap?: boolean;
  maxLines?: number;
  align?: string;
  group?: number;
  subgroup?: number;
};

/** One WNS tile binding, as `WnsTileBinding` carries it. */
export type TileContent = {
  template: string;
  size: TileSize;
  texts: string[];
  images: ImageView[];
  branding?: string;
  displayName?: string;
  textHints?: TextHintsView[];
  textStacking?: string;
  overlay?: number;
  groups?: number[][];
};

/** A toast as the renderers take it (WNS templates and ToastGeneric). */
export type ToastData = {
  template: string;
  texts: string[];
  images: ImageView[];
  attribution?: string;
  actions?: { content: string; arguments: string; inputId?: string }[];
  inputs?: {
    id: string;
    type: 'text' | 'selection';
    title?: string;
    placeHolderContent?: string;
    defaultInput?: string;
    selections: { id: string; content: string }[];
  }[];
};
