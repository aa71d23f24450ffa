import { tileTemplates } from '../protocol/wns/tile-templates';
import type { ProfileId, TileSize } from '../renderers/profiles';
import { familyOf, hasHeader, twoColumns, wraps } from '../renderers/text';
import type { TileContent, ToastData } from '../renderers/types';

// Which Tilecast render to set beside each of Microsoft's reference pictures, from the
// picture's file name: the template, the same text, and where in the picture each platform's
// tile sits (the pictures show Windows on the left and Windows Phone on the right).

/** x, y, width, height of a tile inside a reference picture. */
export type Crop = readonly [number, number, number, number];

export type Subject =
  | { kind: 'wnsTile'; binding: TileContent; badge?: number }
  | { kind: 'mpnsTile'; template: string; size: TileSize; properties: Record<string, string> }
  | { kind: 'toast'; toast: ToastData };

export type FidelityCase = {
  /** Shown in the report: the template and the platform. */
  id: string;
  /** The picture, relative to the reference folder. */
  reference: string;
  crop: Crop;
  profile: ProfileId;
  subject: Subject;
  face: 'front' | 'back';
};

const photo = (n: number) => `ms-appx:///Assets/photo${((n - 1) % 6) + 1}.svg`;
const ICON = 'ms-appx:///Assets/Icon.svg';
const lorem = 'Lorem ipsum dolor sit amet';
const vivamus =
  'Vivamus tincidunt convallis urna, in ultrices nisi euismod sed. Aenean vitae ligula id dolor aliquam adipiscing. Praesent cursus diam sapien, hendrerit varius lectus.';
const integer = 'Integer nisl sapien, sagittis non viverra a, Ẽ ullamcorper quis sapien.';

/** The texts Microsoft's pictures show, where they are not the generic Lorem lines. */
const knownTexts: Record<string, string[]> = {
  TileSquareBlock: ['24', 'Aliquam'],
  TileSquareText04: [vivamus],
  TileWideText04: [vivamus],
  TileWideBlockAndText01: [lorem, lorem, lorem, lorem, '24', 'Aliquam'],
  TileWideBlockAndText02: [`${lorem} consectetur adipiscing elit sed do eiusmod`, '24', 'Aliquam'],
  TileSquare310x310BlockAndText01: [
    `${lorem}, consectetur adipiscing`,
    'Donec 84 / 1206 (14)',
    '10:00 – 12:00 PM',
    '1:00 – 3:00 PM',
    'Vulputate lobortis donec sapien',
    '2:30 – 4:30 PM',
    'Tincidunt urna in ultrices ilo',
    '24',
    'Wednesday',
  ],
  TileWideSmallImageAndText01: ['Adipiscing elit sem est gravida consecteAtur'],
  TileWide310x150IconWithBadgeAndText: ['Justin Harrison', 'Missed call', '10:24 AM'],
};

/** Toast pictures: the template and texts each one shows. */
const toastPictures: Record<string, { template: string; texts: string[]; image?: boolean }> = {
  'Toast_1.png': {
    template: 'ToastText01',
    texts: [
      `${integer} Ẽtiam est nisl, faucibus lorem ipsum dolor sit amet consectetur lorem ipsum`,
    ],
  },
  'Toast_2.png': {
    template: 'ToastText02',
    texts: [`${lorem} consectetur`, `${integer} Etiam est nisl, faucibus`],
  },
  'Toast_4.png': {
    template: 'ToastText03',
    texts: [`${lorem} consectetur ullamcorper quis sapien. Ẽtiam est nisl faucibus`, integer],
  },
  'Toast_5.png': {
    template: 'ToastText04',
    texts: [`${lorem} consectetur etiam est nisl`, integer, integer],
  },
  'Toast_6.png': {
    template: 'ToastImageAndText01',
    texts: [`${integer} Etiam est nisl, faucibus dolor amet lorem ipsum`],
    image: true,
  },
  'Toast_7.png': {
    template: 'ToastImageAndText02',
    texts: [`${lorem} consectetur`, `${integer} Etiam est nisl, faucibus`],
    image: true,
  },
  'Toast_8.png': {
    template: 'ToastImageAndText03',
    texts: [`${lorem} consectetur ullamcorper quis est nisl`, integer],
    image: true,
  },
  'ToastImageAndText04.png': {
    template: 'ToastImageAndText04',
    texts: [`${lorem} consectetur`, integer, integer],
    image: true,
  },
};

/** Templates whose pictures show "Not Supported" (or nothing) on one side. */
const windowsOnly = /^TileSquare310x310|^TileWideText(02|06|07|08|10|11)$/;
const phoneOnly = /IconWithBadge|^TileSquare71x71/;

/** Where Windows and Windows Phone tiles sit, by the picture's layout (its template family). */
function tileCrops(template: string): { windows?: Crop; phone?: Crop } {
  if (template.startsWith('TileSquare310x310')) return { windows: [0, 36, 310, 310] };
  if (template === 'TileSquare150x150IconWithBadge') return { phone: [195, 36, 150, 150] };
  if (template.startsWith('TileSquare71x71')) return { phone: [196, 36, 71, 71] };
  if (template === 'TileWide310x150IconWithBadgeAndText') return { phone: [196, 36, 310, 150] };
  if (template.startsWith('TileSquarePeek'))
    return { windows: [0, 37, 150, 150], phone: [171, 37, 150, 150] };
  if (template.startsWith('TileSquare'))
    return { windows: [0, 36, 150, 150], phone: [170, 36, 150, 150] };
  if (template === 'TileWideBlockAndText01')
    return { windows: [0, 32, 310, 150], phone: [330, 32, 306, 150] };
  if (template === 'TileWideBlockAndText02')
    return { windows: [0, 34, 310, 150], phone: [330, 34, 310, 150] };
  if (template.startsWith('TileWidePeek'))
    return { windows: [0, 37, 310, 150], phone: [333, 37, 310, 150] };
  return { windows: [0, 37, 310, 150], phone: [322, 37, 310, 150] };
}

/** The texts of the pictures of text templates: a Vitae header over Vivamus lines. */
function pictureTexts(template: string, count: number): string[] | undefined {
  if (familyOf(template) !== 'text') return undefined;
  if (/^TileWide(310x150)?Text03$/.test(template))
    return ['Lorem ipsum dolor Åme consectetur adipiscing'];
  const square = /^TileSquare(150x150)?Text/.test(template);
  const header = hasHeader(template) ? [square ? 'Vitae ligu' : 'Vitae ligula id dolor'] : [];
  const line = (i: number) =>
    wraps(template)
      ? vivamus
      : twoColumns(template)
        ? i % 2 === 0
          ? 'Suspendisseco urna'
          : 'Vivamus tincidunt nisi'
        : 'Vivamus tincidunt convallis urna, in ultrices';
  return [...header, ...Array.from({ length: count - header.length }, (_, i) => line(i))];
}

/** A binding for a WNS tile template with Microsoft's texts, or generic Lorem lines. */
export function tileBinding(template: string): TileContent | undefined {
  const slots = tileTemplates[template];
  if (!slots) return undefined;
  const known = knownTexts[template] ?? pictureTexts(template, slots.texts);
  const texts = Array.from({ length: slots.texts }, (_, i) => known?.[i] ?? lorem);
  const iconic = /IconWithBadge/.test(template);
  const images = Array.from({ length: slots.images }, (_, i) => ({
    src: iconic ? ICON : photo(i + 1),
  }));
  // Microsoft's pictures show no branding, except the app's name on the iconic tiles.
  return { template, size: slots.size, texts, images, branding: iconic ? 'name' : 'none' };
}

/** The Windows Phone 8 diagrams: template, sizes and faces, each with its box. */
const wp8Diagrams: Record<
  string,
  { template: string; profile: ProfileId; tiles: [TileSize, 'front' | 'back', Crop][] }
> = {
  'iconictile.png': {
    template: 'IconicTile',
    profile: 'wp8',
    tiles: [
      ['small', 'front', [1, 31, 71, 71]],
      ['medium', 'front', [81, 31, 147, 147]],
      ['wide', 'front', [238, 31, 304, 147]],
    ],
  },
  'fliptile.png': {
    template: 'FlipTile',
    profile: 'wp8',
    tiles: [
      ['small', 'front', [1, 30, 72, 72]],
      ['medium', 'front', [81, 30, 153, 153]],
      ['medium', 'back', [81, 188, 153, 153]],
      ['wide', 'front', [242, 30, 315, 153]],
      ['wide', 'back', [242, 188, 315, 153]],
    ],
  },
  'wp7tile.png': {
    template: 'Tile',
    profile: 'wp75',
    tiles: [
      ['medium', 'front', [1, 31, 147, 147]],
      ['medium', 'back', [1, 184, 147, 147]],
    ],
  },
};

const wp8Properties: Record<string, Record<string, string>> = {
  IconicTile: {
    Title: 'Contoso',
    Count: '10',
    IconImage: ICON,
    SmallIconImage: ICON,
    WideContent1: 'Lorem ipsum dolor sit',
    WideContent2: 'Amet consectetuer adipiscing elit',
    WideContent3: 'sed do eiusmod tempor omnus',
    BackgroundColor: '#FFE51400',
  },
  FlipTile: {
    Title: 'Contoso',
    Count: '10',
    BackgroundImage: photo(1),
    SmallBackgroundImage: photo(1),
    WideBackgroundImage: photo(2),
    BackTitle: 'Contoso',
    BackContent: 'Lorem ipsum dolor sit amet, consectetur adipisicing elit',
    WideBackContent: 'Lorem ipsum dolor sit amet, consectetur adipisicing elit',
  },
  Tile: {
    Title: 'Contoso',
    Count: '10',
    BackgroundImage: photo(3),
    BackTitle: 'Contoso',
    BackContent: 'Lorem ipsum dolor sit amet',
  },
};

/** The cases for one reference picture (path relative to the reference folder); none if unknown. */
export function casesFor(reference: string): FidelityCase[] {
  const file = reference.split('/').pop() ?? reference;
  const diagram = wp8Diagrams[file];
  if (diagram)
    return diagram.tiles.map(([size, face, crop]) => ({
      id: `${diagram.template} · ${size}${face === 'back' ? ' back' : ''}`,
      reference,
      crop,
      profile: diagram.profile,
      face,
      subject: {
        kind: 'mpnsTile',
        template: diagram.template,
        size,
        properties: wp8Properties[diagram.template]!,
      },
    }));
  if (file === 'ToastText02Phone.png')
    return [
      {
        id: 'ToastText02 · Windows Phone',
        reference,
        crop: [0, 0, 431, 57],
        profile: 'wp81',
        face: 'front',
        subject: {
          kind: 'toast',
          toast: {
            template: 'ToastText02',
            texts: ['Lorem ipsum.', 'Dolor sit amet.'],
            images: [],
          },
        },
      },
    ];
  const toast = toastPictures[file];
  if (toast)
    return [
      {
        id: `${toast.template} · Windows`,
        reference,
        crop: [0, 0, 385, 90],
        profile: 'win81',
        face: 'front',
        subject: {
          kind: 'toast',
          toast: {
            template: toast.template,
            texts: toast.texts,
            images: toast.image ? [{ src: photo(1) }] : [],
          },
        },
      },
    ];
  const template = file.replace(/\.(png|jpe?g)$/i, '');
  const binding = tileBinding(template);
  if (!binding) return [];
  const crops = tileCrops(template);
  const badge = /IconWithBadge/.test(template) ? 36 : undefined;
  const out: FidelityCase[] = [];
  const ext = /\.jpe?g$/i.test(file) ? ' (jpg)' : '';
  if (crops.windows && !phoneOnly.test(template))
    out.push({
      id: `${template}${ext} · Windows`,
      reference,
      crop: crops.windows,
      profile: 'win81',
      face: 'front',
      subject: { kind: 'wnsTile', binding, badge },
    });
  if (crops.phone && !windowsOnly.test(template))
    out.push({
      id: `${template}${ext} · Windows Phone`,
      reference,
      crop: crops.phone,
      profile: 'wp81',
      face: 'front',
      subject: { kind: 'wnsTile', binding, badge },
    });
  return out;
}
