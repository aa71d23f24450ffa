// Windows 8/8.1 tile templates: their size and image/text slot counts, as data. [S47, S48]

export type WnsTileSize = 'small' | 'medium' | 'wide' | 'large';
export type TileSlots = { size: WnsTileSize; images: number; texts: number };

const table = (size: WnsTileSize, rows: Record<string, [number, number]>, prefix = '') =>
  Object.fromEntries(
    Object.entries(rows).map(([name, [images, texts]]) => [
      `${prefix}${name}`,
      { size, images, texts },
    ]),
  );

/** Square templates; the 8.1 name is TileSquare150x150<X> for Win8's TileSquare<X>. */
const square: Record<string, [number, number]> = {
  Block: [0, 2],
  Text01: [0, 4],
  Text02: [0, 2],
  Text03: [0, 4],
  Text04: [0, 1],
  Image: [1, 0],
  PeekImageAndText01: [1, 4],
  PeekImageAndText02: [1, 2],
  PeekImageAndText03: [1, 4],
  PeekImageAndText04: [1, 1],
};

/** Wide templates; the 8.1 name is TileWide310x150<X> for Win8's TileWide<X>. */
const wide: Record<string, [number, number]> = {
  Text01: [0, 5],
  Text02: [0, 9],
  Text03: [0, 1],
  Text04: [0, 1],
  Text05: [0, 5],
  Text06: [0, 10],
  Text07: [0, 9],
  Text08: [0, 10],
  Text09: [0, 2],
  Text10: [0, 9],
  Text11: [0, 10],
  BlockAndText01: [0, 6],
  BlockAndText02: [0, 3],
  Image: [1, 0],
  ImageCollection: [5, 0],
  ImageAndText01: [1, 1],
  ImageAndText02: [1, 2],
  SmallImageAndText01: [1, 1],
  SmallImageAndText02: [1, 5],
  SmallImageAndText03: [1, 1],
  SmallImageAndText04: [1, 2],
  SmallImageAndText05: [1, 2],
  PeekImageCollection01: [5, 2],
  PeekImageCollection02: [5, 5],
  PeekImageCollection03: [5, 1],
  PeekImageCollection04: [5, 1],
  PeekImageCollection05: [6, 2],
  PeekImageCollection06: [6, 1],
  PeekImageAndText01: [1, 1],
  PeekImageAndText02: [1, 5],
  PeekImage01: [1, 2],
  PeekImage02: [1, 5],
  PeekImage03: [1, 1],
  PeekImage04: [1, 1],
  PeekImage05: [2, 2],
  PeekImage06: [2, 1],
};

/** TileSquare310x310<X>, 8.1 desktop only. */
const large: Record<string, [number, number]> = {
  BlockAndText01: [0, 9],
  BlockAndText02: [1, 7],
  Image: [1, 0],
  ImageAndText01: [1, 1],
  ImageAndText02: [1, 2],
  ImageAndTextOverlay01: [1, 1],
  ImageAndTextOverlay02: [1, 2],
  ImageAndTextOverlay03: [1, 4],
  ImageCollection: [5, 0],
  ImageCollectionAndText01: [5, 1],
  ImageCollectionAndText02: [5, 2],
  SmallImageAndText01: [1, 3],
  SmallImagesAndTextList01: [3, 9],
  SmallImagesAndTextList02: [3, 3],
  SmallImagesAndTextList03: [3, 6],
  SmallImagesAndTextList04: [3, 6],
  SmallImagesAndTextList05: [3, 7],
  Text01: [0, 10],
  Text02: [0, 19],
  Text03: [0, 11],
  Text04: [0, 22],
  Text05: [0, 19],
  Text06: [0, 22],
  Text07: [0, 19],
  Text08: [0, 22],
  Text09: [0, 5],
  TextList01: [0, 9],
  TextList02: [0, 3],
  TextList03: [0, 6],
};

/** Every named (non-adaptive) tile template Tilecast knows. [S45, S47, S48] */
export const tileTemplates: Readonly<Record<string, TileSlots>> = {
  ...table('medium', square, 'TileSquare'),
  ...table('medium', square, 'TileSquare150x150'),
  ...table('wide', wide, 'TileWide'),
  ...table('wide', wide, 'TileWide310x150'),
  ...table('large', large, 'TileSquare310x310'),
  // Windows Phone 8.1 / Windows 10 iconic and other templates. [S48]
  TileSquare71x71IconWithBadge: { size: 'small', images: 1, texts: 0 },
  TileSquare150x150IconWithBadge: { size: 'medium', images: 1, texts: 0 },
  TileWide310x150IconWithBadgeAndText: { size: 'wide', images: 1, texts: 3 },
  TileSquare71x71Image: { size: 'small', images: 1, texts: 0 },
};

/** Windows 10 adaptive templates: any number of texts and images, laid out by hints. [S49] */
export const adaptiveTileTemplates: Readonly<Record<string, WnsTileSize>> = {
  TileSmall: 'small',
  TileMedium: 'medium',
  TileWide: 'wide',
  TileLarge: 'large',
};
