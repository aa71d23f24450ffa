import * as device from '../device';

// The browser half of the package's SVG check: DOMParser builds the tree (entities and
// character references resolved, so `&#104;ttp` is seen as `http`), the pure allowlist in
// device/ decides, and the result is written out afresh. The original bytes are never kept.

export type SanitizedSvg =
  { ok: true; bytes: Uint8Array<ArrayBuffer>; removed: string[] } | { ok: false; reason: string };

const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

/** Deeper than any real drawing; a deeper file is refused rather than walked. */
const MAX_DEPTH = 200;

function toTree(node: Element, depth: number): device.SvgNode {
  if (depth > MAX_DEPTH) throw new RangeError('too deep');
  const children: device.SvgNode[] = [];
  for (const child of node.childNodes) {
    if (child.nodeType === Node.ELEMENT_NODE) children.push(toTree(child as Element, depth + 1));
    else if (child.nodeType === Node.TEXT_NODE || child.nodeType === Node.CDATA_SECTION_NODE)
      children.push({ kind: 'text', text: child.nodeValue ?? '' });
    // Comments and processing instructions are left out.
  }
  return {
    kind: 'element',
    namespace: node.namespaceURI,
    name: node.localName,
    // Namespace declarations are not content: the serialiser writes the only ones it needs.
    attributes: [...node.attributes]
      .filter((a) => a.namespaceURI !== XMLNS_NS)
      .map((a) => ({
        namespace: a.namespaceURI,
        name: a.localName,
        value: a.value,
      })),
    children,
  };
}

/** Parses SVG bytes and keeps only the static allowlist; fails closed outside a browser. */
export function sanitizeSvg(bytes: Uint8Array): SanitizedSvg {
  if (typeof DOMParser === 'undefined')
    return { ok: false, reason: 'cannot be checked here (SVG is checked in the browser)' };
  const text = new TextDecoder().decode(bytes);
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  if (doc.getElementsByTagName('parsererror').length > 0)
    return { ok: false, reason: 'is not well-formed SVG (XML); check it opens in a browser' };
  let tree: device.SvgNode;
  try {
    tree = toTree(doc.documentElement, 0);
  } catch {
    return { ok: false, reason: `nests elements more than ${MAX_DEPTH} deep` };
  }
  const clean = device.cleanSvgTree(tree);
  if (!clean)
    return { ok: false, reason: 'is not an SVG image (its root is not an SVG <svg> element)' };
  const out = new TextEncoder().encode(device.serializeSvg(clean.tree));
  return { ok: true, bytes: out, removed: clean.removed };
}

/**
 * The URL a package image is shown from. SVG goes out as a `data:` URL: opened in a tab of its
 * own, a data: document gets an opaque origin, so even art the allowlist wrongly kept could not
 * read Tilecast's storage or speak as Tilecast (a blob: document inherits this page's origin
 * and carries no CSP). Raster images cannot run script; they use a blob: URL of their own type.
 */
export function imageUrl(type: string, bytes: Uint8Array<ArrayBuffer>): string {
  if (type !== 'image/svg+xml') return URL.createObjectURL(new Blob([bytes], { type }));
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return `data:image/svg+xml;base64,${btoa(binary)}`;
}
