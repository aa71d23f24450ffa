import { describe, expect, it } from 'vitest';
import {
  cleanSvgTree,
  isSafeCss,
  serializeSvg,
  SVG_NS,
  XLINK_NS,
  type SvgAttribute,
  type SvgNode,
} from './svg-allowlist';

// Trees as the page's DOMParser hands them over: namespaces resolved, entities and character
// references already decoded (so `java&#115;cript:` arrives as `javascript:`).
type Attrs = Record<string, string> | SvgAttribute[];
const el = (
  name: string,
  attrs: Attrs = {},
  children: SvgNode[] = [],
  namespace = SVG_NS,
): SvgNode => ({
  kind: 'element',
  namespace,
  name,
  attributes: Array.isArray(attrs)
    ? attrs
    : Object.entries(attrs).map(([n, value]) => ({ namespace: null, name: n, value })),
  children,
});
const text = (t: string): SvgNode => ({ kind: 'text', text: t });
const svg = (...children: SvgNode[]) => el('svg', { viewBox: '0 0 10 10' }, children);
const clean = (tree: SvgNode) => {
  const result = cleanSvgTree(tree);
  if (!result) throw new Error('refused');
  return { xml: serializeSvg(result.tree), removed: result.removed };
};

describe('the package SVG allowlist', () => {
  it('keeps a designer’s static drawing as it is', () => {
    const art = svg(
      el('defs', {}, [
        el('linearGradient', { id: 'g', x2: '1' }, [
          el('stop', { offset: '0', 'stop-color': '#0078d7' }),
        ]),
        el('style', {}, [text('.a { fill: url(#g); stroke: url("#g") }')]),
      ]),
      el('rect', { class: 'a', width: '10', height: '10', rx: '2', fill: 'url(#g)' }),
      el('use', [{ namespace: XLINK_NS, name: 'href', value: '#g' }]),
      el('text', { x: '1', y: '8', 'font-family': 'Segoe UI' }, [text('Tom & "Jerry" <3')]),
    );
    expect(clean(art)).toEqual({
      xml:
        `<svg xmlns="${SVG_NS}" xmlns:xlink="${XLINK_NS}" viewBox="0 0 10 10"><defs>` +
        '<linearGradient id="g" x2="1"><stop offset="0" stop-color="#0078d7"/></linearGradient>' +
        '<style>.a { fill: url(#g); stroke: url("#g") }</style></defs>' +
        '<rect class="a" width="10" height="10" rx="2" fill="url(#g)"/><use xlink:href="#g"/>' +
        '<text x="1" y="8" font-family="Segoe UI">Tom &amp; "Jerry" &lt;3</text></svg>',
      removed: [],
    });
  });

  it.each<[string, SvgNode, string]>([
    [
      '<svg:script> (script in the SVG namespace)',
      svg(el('script', {}, [text('alert(1)')])),
      '<script>',
    ],
    [
      '<svg:foreignObject> with XHTML inside',
      svg(
        el('foreignObject', {}, [el('iframe', { src: 'x' }, [], 'http://www.w3.org/1999/xhtml')]),
      ),
      '<foreignObject>',
    ],
    [
      'an element in another namespace',
      svg(el('script', {}, [text('x')], 'http://www.w3.org/1999/xhtml')),
      '<script>',
    ],
    ['an event handler', svg(el('rect', { onload: 'alert(1)', width: '1' })), 'onload'],
    [
      '<set> that rewrites an href to script',
      svg(el('set', { attributeName: 'href', to: 'javascript:alert(1)' })),
      '<set>',
    ],
    [
      '<animate>',
      svg(el('animate', { attributeName: 'href', values: 'javascript:alert(1)' })),
      '<animate>',
    ],
    ['a link', svg(el('a', { href: 'javascript:alert(1)' }, [el('rect')])), '<a>'],
    [
      'entity-decoded href="http…" on <image>',
      svg(el('image', { href: 'http://evil.example/t.png' })),
      'href',
    ],
    [
      'entity-decoded xlink:href="java&#115;cript:"',
      svg(el('use', [{ namespace: XLINK_NS, name: 'href', value: 'javascript:alert(1)' }])),
      'xlink:href',
    ],
    ['an href to another file', svg(el('use', { href: 'other.svg#x' })), 'href'],
    [
      'an embedded SVG image',
      svg(el('image', { href: 'data:image/svg+xml;base64,PHN2Zz4=' })),
      'href',
    ],
    [
      'CSS @import in <style>',
      svg(el('style', {}, [text('@import url(https://evil.example/x.css);')])),
      '<style> that loads or hides content',
    ],
    [
      'CSS @import hidden by an escape',
      svg(el('style', {}, [text('@\\69mport "x.css";')])),
      '<style> that loads or hides content',
    ],
    [
      'CSS url() to a server in style=""',
      svg(el('rect', { style: 'fill: url(https://evil.example/p)' })),
      'style',
    ],
    [
      'url() to a server in a presentation attribute',
      svg(el('rect', { filter: 'url(http://evil.example/f#x)' })),
      'filter',
    ],
    [
      'image-set() in CSS',
      svg(el('rect', { style: 'background: image-set("https://e.example/x" 1x)' })),
      'style',
    ],
    [
      'an attribute in an editor namespace',
      svg(
        el('rect', [
          { namespace: 'http://www.inkscape.org/namespaces/inkscape', name: 'label', value: 'x' },
        ]),
      ),
      'label',
    ],
  ])('drops %s', (_, tree, removed) => {
    const result = clean(tree);
    expect(result.removed).toContain(removed);
    expect(result.xml).not.toMatch(
      /script|javascript|evil|foreignObject|onload|@|<set|<animate|<a /i,
    );
  });

  it('keeps embedded raster art on <image>', () => {
    const png = 'data:image/png;base64,iVBORw0KGgo=';
    expect(clean(svg(el('image', { href: png, width: '5' }))).xml).toContain(
      `<image href="${png}"`,
    );
  });

  it('refuses a tree whose root is not an SVG <svg>', () => {
    expect(cleanSvgTree(el('svg', {}, [], 'http://www.w3.org/1999/xhtml'))).toBeNull();
    expect(cleanSvgTree(el('g'))).toBeNull();
    expect(cleanSvgTree(text('x'))).toBeNull();
  });

  it('escapes every value, so nothing read from the file can open markup', () => {
    const xml = clean(svg(el('rect', { id: '"/><script>x</script>', class: 'a\nb' }))).xml;
    expect(xml).toContain('id="&quot;/&gt;&lt;script&gt;x&lt;/script&gt;" class="a&#10;b"');
  });

  it.each([
    ['fill: url(#a); stroke: red', true],
    ["fill: url('#a')", true],
    ['fill: url(x.svg#a)', false],
    ['fill: url( "https://e.example" )', false],
    ['fill: URL(//e.example/x)', false],
    ['@font-face { src: local(x) }', false],
    ['fill: u\\72l(https://e.example)', false],
    ['fill: url(#a) url(', false],
  ])('CSS %j is safe: %s', (css, safe) => {
    expect(isSafeCss(css)).toBe(safe);
  });
});
