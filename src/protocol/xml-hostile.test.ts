import { describe, expect, it } from 'vitest';
import { MAX_XML_DEPTH, parseXml } from './xml';

/** Hostile XML (issue 11): refused or inert, never expanded, fetched or allowed to crash. */
describe('parseXml against hostile documents', () => {
  const laughs =
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">' +
    '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">' +
    '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>' +
    '<toast><visual><binding template="ToastGeneric"><text>&lol3;</text></binding></visual></toast>';

  it.each([
    ['billion laughs', laughs],
    ['XXE file', '<!DOCTYPE t [<!ENTITY x SYSTEM "file:///etc/passwd">]><toast>&x;</toast>'],
    ['XXE http', '<!DOCTYPE t [<!ENTITY x SYSTEM "http://evil.test/x">]><toast>&x;</toast>'],
    ['parameter entity', '<!DOCTYPE t [<!ENTITY % p SYSTEM "http://evil.test/p"> %p;]><t/>'],
    ['external DTD', '<!DOCTYPE toast SYSTEM "http://evil.test/toast.dtd"><toast/>'],
    ['lower-case doctype', '<!doctype toast><toast/>'],
  ])('%s: refused as a DOCTYPE before any parsing, with its position', (_name, xml) => {
    const result = parseXml(xml);
    expect(result).toMatchObject({
      ok: false,
      diagnostic: { rule: 'xml.wellFormed', message: expect.stringMatching(/DOCTYPE/) },
    });
    if (!result.ok) expect(result.diagnostic.line).toBe(1);
  });

  it('an undeclared entity reference is refused as Windows refuses it, never expanded', () => {
    const result = parseXml('<text>&lol3;&x;</text>');
    expect(result).toMatchObject({
      ok: false,
      diagnostic: { message: "Reference to undeclared entity 'lol3'", line: 1, column: 7 },
    });
  });

  it('numeric character references stay inert text (no markup is produced)', () => {
    const result = parseXml('<text>&#60;script&#62;alert(1)&#60;/script&#62;</text>');
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.root.children).toEqual([]);
  });

  it('processing instructions are dropped; they never become elements or text', () => {
    const result = parseXml('<?xml-stylesheet href="http://evil.test/x.xsl"?><a><?php x ?>t</a>');
    expect(result).toMatchObject({ ok: true, root: { name: 'a', text: 't', children: [] } });
  });

  it('CDATA markup is text, not elements', () => {
    const result = parseXml('<a><![CDATA[<script>alert(1)</script><b>]]></a>');
    expect(result).toMatchObject({
      ok: true,
      root: { text: '<script>alert(1)</script><b>', children: [] },
    });
  });

  it('a CDATA end split across sections does not smuggle an element', () => {
    const result = parseXml('<a><![CDATA[]]]]><![CDATA[>]]><img/></a>');
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.root.children.map((c) => c.name)).toEqual(['img']);
  });

  it('10,000-level nesting is refused with a named diagnostic, not a stack overflow', () => {
    const deep = '<a>'.repeat(10_000) + '</a>'.repeat(10_000);
    const result = parseXml(deep);
    expect(result).toMatchObject({
      ok: false,
      diagnostic: { rule: 'xml.depth', line: 1, column: 3 * MAX_XML_DEPTH + 1 },
    });
  });

  it('nesting at the limit still parses', () => {
    const ok = '<a>'.repeat(MAX_XML_DEPTH) + '</a>'.repeat(MAX_XML_DEPTH);
    expect(parseXml(ok).ok).toBe(true);
  });

  it('deep markup inside CDATA or a comment is not counted as nesting', () => {
    const inner = '<a>'.repeat(500);
    expect(parseXml(`<t><![CDATA[${inner}]]><!--${inner}--></t>`).ok).toBe(true);
  });

  it('NUL bytes and lone surrogates give a diagnostic or inert text, never a throw', () => {
    for (const xml of ['<a>\u0000</a>', '<a b="\u0000"/>', '<a>\ud800</a>', '\u0000<a/>']) {
      expect(() => parseXml(xml)).not.toThrow();
    }
  });
});
