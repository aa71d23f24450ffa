// What a gallery template shows, as words a designer searches by ("image", "peek", "3 lines"),
// and the family heading it is grouped under. Derived from the catalogue's slot counts.

export type TemplateShape = {
  service: 'wns' | 'mpns';
  /** toast, tile, badge or raw. */
  kind: 'toast' | 'tile' | 'badge' | 'raw';
  /** The template name, when the payload has one. */
  template?: string;
  size?: 'small' | 'medium' | 'wide' | 'large';
  images?: number;
  texts?: number;
};

const familyWords: [RegExp, string][] = [
  [/^Tile(Small|Medium|Wide|Large)$/, 'adaptive'],
  [/IconWithBadge|^IconicTile$/, 'iconic'],
  [/^FlipTile$/, 'flip'],
  [/^CycleTile$/, 'cycle'],
  [/Peek/, 'peek'],
  [/Block/, 'block'],
  [/SmallImagesAndTextList/, 'list'],
  [/SmallImageAndText/, 'small image'],
  [/ImageCollection/, 'collection'],
  [/ImageAndText/, 'image and text'],
  [/Image$/, 'image'],
  [/^ToastGeneric/, 'generic'],
  [/^Tile$/, 'wp7'],
];

/** The layout family of a template, as a word ("peek", "flip", "text"…). */
export function familyWord(shape: TemplateShape): string {
  if (shape.kind !== 'tile') return shape.kind;
  const name = shape.template ?? '';
  return familyWords.find(([pattern]) => pattern.test(name))?.[1] ?? 'text';
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The words a template answers to, beyond its name. */
export function tagsOf(shape: TemplateShape): string[] {
  const tags = new Set<string>([shape.service, shape.kind, familyWord(shape)]);
  if (shape.size) tags.add(shape.size);
  const images = shape.images ?? 0;
  const texts = shape.texts ?? 0;
  if (images > 0) tags.add('image');
  if (images > 1) tags.add('images').add(plural(images, 'image'));
  if (texts > 0) tags.add('text').add(plural(texts, 'line'));
  if (texts === 0 && shape.kind === 'tile' && images > 0) tags.add('no text');
  if (/Peek/.test(shape.template ?? '')) tags.add('animated');
  if (/^(FlipTile|CycleTile|Tile)$/.test(shape.template ?? '')) tags.add('animated').add('count');
  if (shape.template === 'IconicTile') tags.add('count');
  if (/IconWithBadge/.test(shape.template ?? '')) tags.add('badge');
  return [...tags];
}

/** The heading a template is grouped under: service, then family. */
export function familyHeading(shape: TemplateShape): string {
  const service = shape.service.toUpperCase();
  if (shape.kind !== 'tile') return `${service} · ${shape.kind}s`;
  const family = familyWord(shape);
  return `${service} · ${family} tiles`;
}

const normalise = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * Whether an item answers a search: the whole query in its name, or a tag that equals the
 * query, or every word of the query in the name or a tag ("wide peek", "3 lines").
 */
export function matchesQuery(item: { name: string; tags: readonly string[] }, query: string) {
  const q = normalise(query);
  if (!q) return true;
  const name = item.name.toLowerCase();
  if (name.includes(q) || item.tags.includes(q)) return true;
  // "3 lines" is one tag, not "3" anywhere and "lines" anywhere.
  const phrases = q.match(/\d+ \w+|[^\s,]+/g) ?? [];
  return phrases.every(
    (p) =>
      name.includes(p) ||
      item.tags.some((t) => (/^\d/.test(p) ? t === p || t === `${p}s` : t.includes(p))),
  );
}
