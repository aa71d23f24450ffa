/**
 * What of a designer's SVG the package keeps: an allowlist of SVG elements and attributes by
 * namespace, over a small tree the page builds with DOMParser (the parsing is the browser's;
 * the decision is here, pure). Everything not listed goes: script, foreignObject, animation
 * (`<set attributeName="href">` is script), links, other namespaces (XHTML, Inkscape's and
 * Illustrator's metadata), event handlers, external or script references, and CSS that can
 * reach out (`@import`, `url()` to anything but `#id`, escapes that could hide either).
 */

export const SVG_NS = 'http://www.w3.org/2000/svg';
export const XLINK_NS = 'http://www.w3.org/1999/xlink';
export const XML_NS = 'http://www.w3.org/XML/1998/namespace';

export type SvgAttribute = { namespace: string | null; name: string; value: string };
export type SvgNode =
  | {
      kind: 'element';
      namespace: string | null;
      name: string;
      attributes: SvgAttribute[];
      children: SvgNode[];
    }
  | { kind: 'text'; text: string };

const elements = new Set(
  (
    'svg g defs title desc symbol use path rect circle ellipse line polyline polygon text tspan ' +
    'textPath linearGradient radialGradient stop pattern clipPath mask marker image style switch ' +
    'filter feBlend feColorMatrix feComponentTransfer feComposite feConvolveMatrix ' +
    'feDiffuseLighting feDisplacementMap feDistantLight feDropShadow feFlood feFuncA feFuncB ' +
    'feFuncG feFuncR feGaussianBlur feMerge feMergeNode feMorphology feOffset fePointLight ' +
    'feSpecularLighting feSpotLight feTile feTurbulence'
  ).split(' '),
);

const attributes = new Set(
  (
    'id class style transform x y x1 y1 x2 y2 cx cy r rx ry fx fy fr width height d points ' +
    'pathLength viewBox preserveAspectRatio version fill fill-opacity fill-rule stroke ' +
    'stroke-width stroke-linecap stroke-linejoin stroke-miterlimit stroke-dasharray ' +
    'stroke-dashoffset stroke-opacity opacity offset stop-color stop-opacity gradientUnits ' +
    'gradientTransform spreadMethod patternUnits patternContentUnits patternTransform clip-path ' +
    'clip-rule clipPathUnits mask maskUnits maskContentUnits marker-start marker-mid marker-end ' +
    'markerWidth markerHeight markerUnits refX refY orient font-family font-size font-weight ' +
    'font-style font-variant font-stretch text-anchor dominant-baseline alignment-baseline ' +
    'baseline-shift letter-spacing word-spacing text-decoration writing-mode direction ' +
    'unicode-bidi dx dy rotate textLength lengthAdjust startOffset method spacing side ' +
    'visibility display color overflow filter filterUnits primitiveUnits in in2 result ' +
    'stdDeviation edgeMode mode operator k1 k2 k3 k4 values type flood-color flood-opacity ' +
    'lighting-color radius scale baseFrequency numOctaves seed stitchTiles xChannelSelector ' +
    'yChannelSelector tableValues slope intercept amplitude exponent order kernelMatrix divisor ' +
    'bias targetX targetY preserveAlpha surfaceScale diffuseConstant specularConstant ' +
    'specularExponent kernelUnitLength azimuth elevation z pointsAtX pointsAtY pointsAtZ ' +
    'limitingConeAngle shape-rendering text-rendering image-rendering color-interpolation ' +
    'color-interpolation-filters paint-order vector-effect mix-blend-mode isolation ' +
    'requiredFeatures systemLanguage media href'
  ).split(' '),
);

/** `#id`: a reference inside this file, the only kind `href` and `url()` may make. */
const LOCAL = /^#[^\s'"()\\]*$/;
/** Embedded raster art (what <image> in design tools' exports carries), never SVG or HTML. */
const EMBEDDED_RASTER = /^data:image\/(?:png|jpeg|gif|webp);base64,[A-Za-z0-9+/=\s]*$/i;

const URL_FUNCTION = /url\(\s*(['"]?)([^'")]*)\1\s*\)/gi;

/** CSS that cannot fetch or hide anything: no at-rules, escapes or image functions; local url(). */
export function isSafeCss(css: string): boolean {
  if (
    /[\\@]|image-set|image\(|src\(|cross-fade|element\(|expression|javascript:|binding|behavior/i.test(
      css,
    )
  )
    return false;
  const urls = [...css.matchAll(URL_FUNCTION)];
  // A url( the pattern did not read (odd quoting) is refused rather than guessed at.
  const opened = css.match(/url\(/gi)?.length ?? 0;
  return urls.length === opened && urls.every((m) => LOCAL.test(m[2]!.trim()));
}

function keepAttribute(element: string, a: SvgAttribute): boolean {
  if (a.namespace === XML_NS) return a.name === 'space' || a.name === 'lang';
  const href = a.name === 'href' && (a.namespace === null || a.namespace === XLINK_NS);
  if (a.namespace !== null && !href) return false;
  if (!attributes.has(a.name)) return false;
  const value = a.value.trim();
  if (href) return LOCAL.test(value) || (element === 'image' && EMBEDDED_RASTER.test(value));
  // Presentation attributes take url(#paint) and the like; style takes a whole declaration list.
  if (a.name === 'style' || /url\(|[\\@]/i.test(value)) return isSafeCss(value);
  return true;
}

const label = (namespace: string | null, name: string) =>
  namespace === SVG_NS || namespace === null
    ? name
    : `${namespace === XLINK_NS ? 'xlink:' : ''}${name}`;

/**
 * The tree with only allowed elements and attributes, and the names of what was removed (once
 * each, in order), or null when the root is not an `<svg>` element in the SVG namespace.
 */
export function cleanSvgTree(root: SvgNode): { tree: SvgNode; removed: string[] } | null {
  if (root.kind !== 'element' || root.namespace !== SVG_NS || root.name !== 'svg') return null;
  const removed = new Set<string>();
  const clean = (node: SvgNode): SvgNode | null => {
    if (node.kind === 'text') return node;
    if (node.namespace !== SVG_NS || !elements.has(node.name)) {
      removed.add(`<${label(node.namespace, node.name)}>`);
      return null;
    }
    if (node.name === 'style') {
      const css = node.children.map((c) => (c.kind === 'text' ? c.text : '')).join('');
      if (!isSafeCss(css) || node.children.some((c) => c.kind !== 'text')) {
        removed.add('<style> that loads or hides content');
        return null;
      }
    }
    const kept = node.attributes.filter((a) => {
      const ok = keepAttribute(node.name, a);
      if (!ok) removed.add(label(a.namespace, a.name));
      return ok;
    });
    const children = node.children.map(clean).filter((c): c is SvgNode => c !== null);
    return { ...node, attributes: kept, children };
  };
  return { tree: clean(root)!, removed: [...removed] };
}

const escapeText = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (s: string) =>
  escapeText(s)
    .replace(/"/g, '&quot;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');

/**
 * XML text of a cleaned tree: element and attribute names only from the allowlist, every value
 * escaped, the SVG namespace on the root (and XLink's when an xlink:href was kept). No DOCTYPE,
 * no entities, no comments or processing instructions survive.
 */
export function serializeSvg(tree: SvgNode): string {
  const usesXlink = (n: SvgNode): boolean =>
    n.kind === 'element' &&
    (n.attributes.some((a) => a.namespace === XLINK_NS) || n.children.some(usesXlink));
  const write = (n: SvgNode, root: boolean): string => {
    if (n.kind === 'text') return escapeText(n.text);
    const names = n.attributes.map((a) => {
      const prefix = a.namespace === XLINK_NS ? 'xlink:' : a.namespace === XML_NS ? 'xml:' : '';
      return ` ${prefix}${a.name}="${escapeAttribute(a.value)}"`;
    });
    if (root) {
      names.unshift(` xmlns="${SVG_NS}"`);
      if (usesXlink(n)) names.splice(1, 0, ` xmlns:xlink="${XLINK_NS}"`);
    }
    const inner = n.children.map((c) => write(c, false)).join('');
    return `<${n.name}${names.join('')}${inner ? `>${inner}</${n.name}>` : '/>'}`;
  };
  return write(tree, true);
}
