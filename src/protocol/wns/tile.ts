import type {
  NotificationImage,
  TextHints,
  WnsTileBinding,
  WnsTileNotification,
} from '../notification';
import type { Diagnostic } from '../types';
import { at, type XmlElement } from '../xml';
import { checkImageSrc, imageQuery } from './images';
import { adaptiveTileTemplates, tileTemplates } from './tile-templates';
import { wrongCase } from './toast';

export type TileResult =
  { ok: true; tile: WnsTileNotification } | { ok: false; diagnostic: Diagnostic };

const fail = (rule: string, message: string, where: XmlElement): TileResult => ({
  ok: false,
  diagnostic: { rule, message, severity: 'error', ...at(where) },
});
const caseFail = (el: XmlElement, name: string) =>
  fail('xml.case', `Element <${el.name}> must be spelled <${name}> (case matters)`, el);
const named = (el: XmlElement, name: string) => el.children.filter((c) => c.name === name);

/** text and image elements, in document order, through adaptive group/subgroup. [S49] */
function contentOf(binding: XmlElement): {
  texts: XmlElement[];
  images: XmlElement[];
  hints: TextHints[];
  groups: number[][];
  bad?: XmlElement;
} {
  const texts: XmlElement[] = [];
  const images: XmlElement[] = [];
  const hints: TextHints[] = [];
  const groups: number[][] = [];
  let bad: XmlElement | undefined;
  let where: { group?: number; subgroup?: number } = {};
  const walk = (el: XmlElement) => {
    for (const child of el.children) {
      if (child.name === 'text') {
        texts.push(child);
        hints.push({ ...textHints(child), ...where });
      } else if (child.name === 'image') images.push(child);
      else if (child.name === 'group') {
        groups.push([]);
        walk(child);
        where = {};
      } else if (child.name === 'subgroup') {
        const group = groups.length - 1;
        groups[group]?.push(Number(child.attributes['hint-weight'] ?? 0) || 0);
        where = { group, subgroup: (groups[group]?.length ?? 1) - 1 };
        walk(child);
      } else if (['text', 'image', 'group', 'subgroup'].includes(child.name.toLowerCase()))
        bad ??= child;
    }
  };
  walk(binding);
  return { texts, images, hints, groups, bad };
}

const textHints = (el: XmlElement): TextHints => {
  const a = el.attributes;
  const maxLines = Number(a['hint-maxLines']);
  return {
    style: a['hint-style'],
    wrap: a['hint-wrap'] === 'true' ? true : undefined,
    maxLines: Number.isInteger(maxLines) && maxLines > 0 ? maxLines : undefined,
    align: a['hint-align'],
  };
};

function readBinding(
  binding: XmlElement,
): { ok: true; binding: WnsTileBinding } | { ok: false; result: TileResult } {
  const template = binding.attributes.template;
  const no = (result: TileResult) => ({ ok: false as const, result });
  if (template === undefined) {
    return no(fail('binding.template.missing', 'The <binding> has no template attribute', binding));
  }
  const slots = tileTemplates[template];
  const adaptiveSize = adaptiveTileTemplates[template];
  if (!slots && !adaptiveSize) {
    const known = [...Object.keys(tileTemplates), ...Object.keys(adaptiveTileTemplates)];
    const hint = known.find((t) => t.toLowerCase() === template.toLowerCase());
    return no(
      hint
        ? fail(
            'xml.case',
            `Template "${template}" must be spelled "${hint}" (case matters)`,
            binding,
          )
        : fail('tile.template.unknown', `Unknown tile template "${template}"`, binding),
    );
  }
  const content = contentOf(binding);
  if (content.bad) {
    return no(
      caseFail(
        content.bad,
        content.bad.name.toLowerCase() === 'subgroup' ? 'subgroup' : content.bad.name.toLowerCase(),
      ),
    );
  }
  const texts: string[] = [];
  for (const [index, el] of content.texts.entries()) {
    const slot = slots ? Number(el.attributes.id) : index + 1;
    if (slots && (!Number.isInteger(slot) || slot < 1 || slot > slots.texts)) {
      return no(
        fail(
          'tile.text.id',
          `<text id="${el.attributes.id ?? ''}"> has no slot in ${template}, which has ${slots.texts} text field(s)`,
          el,
        ),
      );
    }
    texts[slot - 1] = el.text.trim();
  }
  const images: NotificationImage[] = [];
  for (const el of content.images) {
    const src = el.attributes.src;
    if (src === undefined)
      return no(fail('image.src.missing', 'An <image> needs a src attribute', el));
    // A bad non-empty src drops the whole notification (Windows 8 rule). [S19]
    const problem = checkImageSrc(el, src);
    if (problem) return no({ ok: false, diagnostic: problem });
    images.push({
      id: el.attributes.id,
      src,
      alt: el.attributes.alt,
      placement: el.attributes.placement,
      crop: el.attributes['hint-crop'],
      ...imageQuery(el, binding),
    });
  }
  if (slots && images.length > slots.images) {
    return no(
      fail(
        'tile.image.count',
        `${template} has ${slots.images} image slot(s) but ${images.length} image(s) were given`,
        binding,
      ),
    );
  }
  return {
    ok: true,
    binding: {
      template,
      fallback: binding.attributes.fallback,
      size: slots?.size ?? adaptiveSize!,
      texts: Array.from(texts, (t) => t ?? ''),
      images,
      branding: binding.attributes.branding,
      displayName: binding.attributes.displayName,
      ...(adaptiveSize && {
        textHints: content.hints,
        groups: content.groups,
        textStacking: binding.attributes['hint-textStacking'],
        overlay: binding.attributes['hint-overlay']
          ? Number(binding.attributes['hint-overlay'])
          : undefined,
      }),
    },
  };
}

/** Interprets a parsed `<tile>` document: one binding per tile size. [S44, S45, S49] */
export function parseWnsTile(root: XmlElement): TileResult {
  const visual = named(root, 'visual')[0];
  if (!visual) {
    const near = wrongCase(root, 'visual');
    return near
      ? caseFail(near, 'visual')
      : fail('tile.visual.missing', 'A tile needs a <visual> element', root);
  }
  const elements = named(visual, 'binding');
  if (elements.length === 0) {
    const near = wrongCase(visual, 'binding');
    return near
      ? caseFail(near, 'binding')
      : fail('tile.binding.missing', 'The tile <visual> has no <binding>', visual);
  }
  const bindings: WnsTileBinding[] = [];
  for (const element of elements) {
    const read = readBinding(element);
    if (!read.ok) return read.result;
    // The visual's addImageQuery reaches images that neither they nor their binding set. [S45]
    const visualQuery = imageQuery(visual);
    bindings.push({
      ...read.binding,
      images: read.binding.images.map((i) => ({ ...visualQuery, ...i })),
      branding: read.binding.branding ?? visual.attributes.branding,
      displayName: read.binding.displayName ?? visual.attributes.displayName,
    });
  }
  return { ok: true, tile: { kind: 'wnsTile', bindings } };
}
