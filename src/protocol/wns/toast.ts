import type { NotificationImage, ToastNotification } from '../notification';
import type { Diagnostic } from '../types';
import { at, type XmlElement } from '../xml';
import { checkImageSrc, imageQuery } from './images';
import { parseToastActions } from './toast-actions';

// Windows 8/8.1 toast templates and their slots, plus Windows 10 ToastGeneric. [S51]
export const toastTemplates: Readonly<Record<string, { images: number; texts: number }>> = {
  ToastText01: { images: 0, texts: 1 },
  ToastText02: { images: 0, texts: 2 },
  ToastText03: { images: 0, texts: 2 },
  ToastText04: { images: 0, texts: 3 },
  ToastImageAndText01: { images: 1, texts: 1 },
  ToastImageAndText02: { images: 1, texts: 2 },
  ToastImageAndText03: { images: 1, texts: 2 },
  ToastImageAndText04: { images: 1, texts: 3 },
  ToastGeneric: { images: 3, texts: 3 },
};

export type ToastResult =
  { ok: true; toast: ToastNotification } | { ok: false; diagnostic: Diagnostic };

const fail = (rule: string, message: string, where: XmlElement): ToastResult => ({
  ok: false,
  diagnostic: { rule, message, severity: 'error', ...at(where) },
});

/** Finds exactly-named children; schema names are case-sensitive. [S19] */
const childrenNamed = (el: XmlElement, name: string) => el.children.filter((c) => c.name === name);

/** A child whose name differs only in case: the commonest silent drop. [S19] */
export function wrongCase(el: XmlElement, name: string): XmlElement | undefined {
  return el.children.find((c) => c.name !== name && c.name.toLowerCase() === name.toLowerCase());
}

/** Interprets a parsed `<toast>` document. The root name was already checked against the type. */
export function parseWnsToast(root: XmlElement): ToastResult {
  const visuals = childrenNamed(root, 'visual');
  const visual = visuals[0];
  if (!visual) {
    const near = wrongCase(root, 'visual');
    if (near)
      return fail(
        'xml.case',
        `Element <${near.name}> must be spelled <visual> (case matters)`,
        near,
      );
    return fail('toast.visual.missing', 'A toast needs a <visual> element', root);
  }
  if (visuals.length > 1)
    return fail('toast.visual.multiple', 'A toast has exactly one <visual>', visuals[1]!);

  const bindings = childrenNamed(visual, 'binding');
  const binding = bindings[0];
  if (!binding) {
    const near = wrongCase(visual, 'binding');
    if (near)
      return fail(
        'xml.case',
        `Element <${near.name}> must be spelled <binding> (case matters)`,
        near,
      );
    return fail('toast.binding.missing', 'The toast <visual> has no <binding>', visual);
  }
  if (bindings.length > 1) {
    return fail('toast.binding.multiple', 'A toast has exactly one <binding>', bindings[1]!);
  }

  const template = binding.attributes.template;
  if (template === undefined)
    return fail('binding.template.missing', 'The <binding> has no template attribute', binding);
  const slots = toastTemplates[template];
  if (!slots) {
    const hint = Object.keys(toastTemplates).find(
      (t) => t.toLowerCase() === template.toLowerCase(),
    );
    return fail(
      hint ? 'xml.case' : 'toast.template.unknown',
      hint
        ? `Template "${template}" must be spelled "${hint}" (case matters)`
        : `Unknown toast template "${template}"`,
      binding,
    );
  }

  const texts: string[] = [];
  const attribution = childrenNamed(binding, 'text').find(
    (el) => template === 'ToastGeneric' && el.attributes.placement === 'attribution',
  );
  const textElements = childrenNamed(binding, 'text').filter((el) => el !== attribution);
  for (const [index, el] of textElements.entries()) {
    const slot = template === 'ToastGeneric' ? index + 1 : Number(el.attributes.id);
    if (!Number.isInteger(slot) || slot < 1 || slot > slots.texts) {
      return fail(
        'toast.text.id',
        `<text id="${el.attributes.id ?? ''}"> has no slot in ${template}, which has ${slots.texts} text field(s)`,
        el,
      );
    }
    texts[slot - 1] = el.text.trim();
  }

  const images: NotificationImage[] = [];
  for (const el of childrenNamed(binding, 'image')) {
    const src = el.attributes.src;
    if (src === undefined) return fail('image.src.missing', 'An <image> needs a src attribute', el);
    const problem = checkImageSrc(el, src);
    if (problem) return { ok: false, diagnostic: problem };
    images.push({
      id: el.attributes.id,
      src,
      alt: el.attributes.alt,
      placement: el.attributes.placement,
      crop: el.attributes['hint-crop'],
      ...imageQuery(el, binding, visual),
    });
  }
  if (images.length > slots.images) {
    return fail(
      'toast.image.count',
      `${template} has ${slots.images} image slot(s) but ${images.length} image(s) were given`,
      binding,
    );
  }

  const audio = childrenNamed(root, 'audio')[0];
  const interactive = parseToastActions(root);
  if (!interactive.ok) return interactive;
  const duration = root.attributes.duration === 'long' ? 'long' : 'short';
  return {
    ok: true,
    toast: {
      kind: 'toast',
      template,
      texts: Array.from(texts, (t) => t ?? ''),
      images,
      ...(attribution && { attribution: attribution.text.trim() }),
      launch: root.attributes.launch,
      duration,
      silent: audio?.attributes.silent === 'true',
      sound: audio?.attributes.src,
      loop: audio?.attributes.loop === 'true',
      actions: interactive.actions,
      inputs: interactive.inputs,
    },
  };
}
