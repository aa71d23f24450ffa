import { describe, expect, it } from 'vitest';
import { locator, parseXml } from './xml';

describe('parseXml', () => {
  it('keeps element names, attributes, text and 1-based positions', () => {
    const result = parseXml(
      '<?xml version="1.0"?>\n<toast launch="a&amp;b">\n  <text id="1">Hi &lt;there&gt;</text>\n</toast>',
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.root).toMatchObject({
      name: 'toast',
      attributes: { launch: 'a&b' },
      line: 2,
      column: 1,
    });
    expect(result.root.children[0]).toMatchObject({
      name: 'text',
      text: 'Hi <there>',
      line: 3,
      column: 3,
    });
  });

  it('reports a syntax error with the line and column of the fault', () => {
    const result = parseXml('<toast>\n  <visual>\n  </toast>');
    expect(result).toMatchObject({ ok: false, diagnostic: { rule: 'xml.wellFormed', line: 3 } });
  });

  it.each([
    [
      'a DOCTYPE (entity expansion is never attempted)',
      '<!DOCTYPE t [<!ENTITY a "b">]><t>&a;</t>',
      /DOCTYPE/,
    ],
    ['an empty body', '   ', /empty/],
    ['text with no element', 'hello', /./],
  ])('refuses %s', (_, xml, message) => {
    const result = parseXml(xml);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.diagnostic.message).toMatch(message);
  });

  it('keeps CDATA as inert text', () => {
    const result = parseXml('<t><![CDATA[<script>x</script>]]></t>');
    expect(result.ok && result.root.text).toBe('<script>x</script>');
  });
});

describe('locator', () => {
  it.each([
    [0, 1, 1],
    [2, 1, 3],
    [3, 2, 1],
    [8, 3, 2],
  ])('offset %i is line %i, column %i in "ab\\ncde\\nfg"', (offset, line, column) => {
    expect(locator('ab\ncde\nfg')(offset)).toEqual({ line, column });
  });
});
