// Pure helpers the renderers share: truncation, counts, colours, image URLs, template families.

/** Cuts text to `max` characters with an ellipsis, as the phone does. */
export function truncate(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, Math.max(0, max - 1)).join('')}…`;
}

/**
 * Windows Phone toast length: about 40 characters with only a title, 47 with only content,
 * 41 shared between them (title first). [S10]
 */
export function wpToastText(title: string, content: string): { title: string; content: string } {
  if (title && !content) return { title: truncate(title, 40), content: '' };
  if (!title && content) return { title: '', content: truncate(content, 47) };
  const t = truncate(title, 41);
  const room = 41 - [...t].length;
  return { title: t, content: room > 1 ? truncate(content, room) : '' };
}

/** Tile/badge counts: 1–99 as given, above 99 "99+", 0 or less hidden. [S35, S42] */
export function countLabel(value: number | string | undefined): string | null {
  const n = typeof value === 'string' ? Number(value) : value;
  if (n === undefined || !Number.isFinite(n) || n <= 0) return null;
  return n > 99 ? '99+' : String(Math.floor(n));
}

/** Only #RGB, #RRGGBB, #AARRGGBB or rgba() we built ourselves reach a style attribute. [S8] */
export function safeColour(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const argb = /^#([0-9A-Fa-f]{2})([0-9A-Fa-f]{6})$/.exec(value);
  if (argb) {
    const [r, g, b] = [0, 2, 4].map((i) => parseInt(argb[2]!.slice(i, i + 2), 16));
    return `rgba(${r}, ${g}, ${b}, ${(parseInt(argb[1]!, 16) / 255).toFixed(2)})`;
  }
  return /^#([0-9A-Fa-f]{3}|[0-9A-Fa-f]{6})$/.test(value) ? value : undefined;
}

export type ImageContext = {
  addImageQuery?: boolean;
  scale?: number;
  lang?: string;
  contrast?: 'standard' | 'black' | 'white';
  /** Images a designer added to the app's package: lower-case file name → object URL. */
  packageFiles?: Readonly<Record<string, string>>;
};

/** A package file for a package path: `x.png` and `Assets/x.png` both name an added `x.png`. */
const packageFile = (path: string, files: ImageContext['packageFiles']) =>
  files?.[path.toLowerCase()] ?? files?.[path.toLowerCase().replace(/^assets\//, '')];

/**
 * Where an image `src` loads from: http(s) as given, `ms-appx:///` and package-relative paths
 * from the sample package in public/package/, `ms-appdata:///local/` from public/appdata/.
 * Anything else cannot load. `addImageQuery` appends ms-scale, ms-contrast and ms-lang. [S45]
 */
export function imageUrl(src: string, context: ImageContext = {}): string | undefined {
  let url: string | undefined;
  const path =
    /^ms-appx:\/\/\/([^?#]+)/i.exec(src)?.[1] ??
    /^\/?([\w.() +-]+(\/[\w.() +-]+)?)$/.exec(src)?.[1];
  // An added package image is a Blob on this page: no query string to append. [S45]
  const added = path && packageFile(path, context.packageFiles);
  if (added) return added;
  if (/^https?:\/\//i.test(src)) url = src;
  else if (/^ms-appx:\/\/\//i.test(src)) url = `/package/${src.replace(/^ms-appx:\/\/\//i, '')}`;
  else if (/^ms-appdata:\/\/\/local\//i.test(src))
    url = `/appdata/${src.replace(/^ms-appdata:\/\/\/local\//i, '')}`;
  else if (/^\/?[\w.-]+(\/[\w.-]+)*$/.test(src)) url = `/package/${src.replace(/^\//, '')}`;
  if (!url || !context.addImageQuery) return url;
  const query = `ms-scale=${context.scale ?? 100}&ms-contrast=${context.contrast ?? 'standard'}&ms-lang=${(context.lang ?? 'en-us').toLowerCase()}`;
  return `${url}${url.includes('?') ? '&' : '?'}${query}`;
}

export type TemplateFamily =
  | 'adaptive'
  | 'iconic'
  | 'block'
  | 'text'
  | 'image'
  | 'imageCollection'
  | 'imageAndText'
  | 'smallImageAndText'
  | 'peek'
  | 'largeList';

/** Which layout a Windows 8/8.1/10 tile template name uses. [S47, S48, S49] */
export function familyOf(template: string): TemplateFamily {
  if (/^Tile(Small|Medium|Wide|Large)$/.test(template)) return 'adaptive';
  if (/IconWithBadge/.test(template)) return 'iconic';
  if (/Peek/.test(template)) return 'peek';
  if (/Block/.test(template)) return 'block';
  if (/SmallImagesAndTextList/.test(template)) return 'largeList';
  if (/SmallImageAndText/.test(template)) return 'smallImageAndText';
  if (/ImageCollection/.test(template)) return 'imageCollection';
  if (/ImageAndText/.test(template)) return 'imageAndText';
  if (/Image$/.test(template)) return 'image';
  return 'text';
}

/** The template's own suffix (Text01, BlockAndText02…) without its size prefix. */
export const suffixOf = (template: string) =>
  template.replace(/^Tile(Square|Wide)(71x71|150x150|310x150|310x310)?/, '');

/** Windows 8 text templates whose first text is a larger header. [S47] */
const headed = /^(Text0[12]|Text09|Text10|Text11|TextList0[1-3])$/;
export const hasHeader = (template: string) => {
  const suffix = suffixOf(template);
  if (/^TileWide/.test(template)) return /^Text(01|02|03|07|09|10)$/.test(suffix);
  if (/^TileSquare310x310/.test(template)) return /^Text(01|02|03|05|07|09)$/.test(suffix);
  return headed.test(suffix) && !/Text11/.test(suffix);
};

/**
 * Text templates whose body wraps rather than one text per line (TileSquareText03 is four
 * unwrapped lines; TileWideText03 wraps its one large text, laid out apart).
 */
export const wraps = (template: string) =>
  /^(Text02|Text04|Text09)$/.test(suffixOf(template)) &&
  !/^TileWide(310x150)?Text02$/.test(template);

/** Text templates that lay texts out as two columns (label, value pairs). */
export const twoColumns = (template: string) =>
  /^TileWide(310x150)?Text(02|06|07|08|10|11)$/.test(template) ||
  /^TileSquare310x310Text0[4-8]$/.test(template);

/** Adaptive text styles in px at a 15 px body, and whether they are subtle. [S49] */
export function adaptiveStyle(style: string | undefined): {
  size: number;
  weight: number;
  subtle: boolean;
} {
  const base = (style ?? 'caption').replace(/Subtle$/, '');
  const subtle = /Subtle$/.test(style ?? '');
  const sizes: Record<string, [number, number]> = {
    caption: [12, 400],
    body: [15, 400],
    base: [15, 600],
    subtitle: [20, 400],
    title: [24, 300],
    titleNumeral: [24, 300],
    subheader: [34, 300],
    subheaderNumeral: [34, 300],
    header: [46, 300],
    headerNumeral: [46, 300],
  };
  const [size, weight] = sizes[base] ?? sizes.caption!;
  return { size, weight, subtle };
}
