import { describe, expect, it } from 'vitest';
import { parseXml } from './xml';

/**
 * What Windows' XmlDocument.LoadXml rejects and fast-xml-parser's validator accepts: the phone
 * drops each of these, so parseXml must refuse them with the fault's line and column.
 */
describe('parseXml is as strict as Windows', () => {
  it.each([
    ['a raw & in an attribute', '<text hint="Tom & Jerry"/>', 1, 17, /EntityName.*&amp;/],
    ['an & without a name', "<a b='&'/>", 1, 7, /EntityName/],
    ['an undeclared entity', '<text>&nbsp;</text>', 1, 7, /undeclared entity 'nbsp'/],
    ['a reference to NUL', '<a>&#0;</a>', 1, 4, /invalid character \(0x00\)/],
    ['a reference to a surrogate', '<a>&#xD800;</a>', 1, 4, /invalid character/],
    ['a reference past U+10FFFF', '<a>&#x110000;</a>', 1, 4, /invalid character/],
    ['a reference to U+FFFE', '<a>&#xFFFE;</a>', 1, 4, /invalid character/],
    ['an empty hex reference', '<a>&#x;</a>', 1, 4, /numeric character reference/],
    ['a raw control character', '<a>x\u0001</a>', 1, 5, /'0x01' is an invalid character/],
    ['a lone surrogate', '<a>\ud800</a>', 1, 4, /invalid character/],
    ['U+FFFE', '<a>\ufffe</a>', 1, 4, /invalid character/],
    ['a < in an attribute', '<a\n b="x < y"/>', 2, 7, /'<'.*invalid attribute character/],
    [']]> in text', '<a>x ]]> y</a>', 1, 6, /']]>' is not allowed/],
    ['-- inside a comment', '<a><!-- a -- b --></a>', 1, 11, /comment cannot contain '--'/],
    ['a comment ending in -', '<a><!-- a ---></a>', 1, 11, /comment cannot contain '--'/],
    ['a late XML declaration', '<a><?xml version="1.0"?></a>', 1, 4, /XML declaration/],
    ['text after the root', '<a/>\ntrailing', 2, 1, /root level/],
    ['two colons in a name', '<a:b:c xmlns:a="urn:x"/>', 1, 2, /':' character/],
    [
      'an undeclared element prefix',
      '<toast>\n  <svg:script/></toast>',
      2,
      3,
      /'svg' is an undeclared prefix/,
    ],
    ['an undeclared attribute prefix', '<a x:b="1"/>', 1, 1, /'x' is an undeclared prefix/],
    ['a prefix bound to nothing', '<a xmlns:p=""/>', 1, 1, /empty namespace/],
    // The earliest fault is named, whichever kind it is.
    ['a < before a raw &', '<a b="x < & y"/>', 1, 9, /'<'.*invalid attribute character/],
    ['a raw & before a <', '<a b="x & < y"/>', 1, 9, /EntityName/],
    [']]> before an undeclared entity', '<a>]]> &nbsp;</a>', 1, 4, /']]>' is not allowed/],
    ['a fault in a later tag', '<a>\n  <b/>\n  <c d="&"/></a>', 3, 9, /EntityName/],
    ['a lone low surrogate after a pair', '<a>\u{1F600}\udc00</a>', 1, 6, /'0xDC00'/],
  ])('%s is refused with its position', (_name, xml, line, column, message) => {
    const result = parseXml(xml);
    expect(result).toMatchObject({
      ok: false,
      diagnostic: { rule: 'xml.wellFormed', line, column, message: expect.stringMatching(message) },
    });
  });

  it.each([
    ['the five XML entities', '<a b="&lt;&amp;&gt;&quot;&apos;">&amp;</a>'],
    ['character references to real characters', '<a>&#60;&#x263A;&#x1F600;</a>'],
    ['a > inside an attribute value', '<a b="x > y"/>'],
    [']] without > in text', '<a>x ]] y</a>'],
    ['a declared prefix', '<a xmlns:p="urn:p"><p:b p:c="1"/></a>'],
    ['xml:lang', '<text xml:lang="en-US">Hi</text>'],
    ['a leading declaration and stylesheet PI', '<?xml version="1.0"?><?xml-stylesheet x?><a/>'],
    ['an astral character and trailing white space', '<a>👩‍👩‍👧</a>\n\t '],
    ['comments before and after the root', '<!-- a --><a/><!-- b -->'],
    ['markup-like text in CDATA', '<a><![CDATA[& < ]] -- &nbsp;]]></a>'],
    ['an emoji (a surrogate pair) in text and attributes', '<a b="\u{1F600}">\u{1F600}</a>'],
  ])('%s still parses', (_name, xml) => {
    expect(parseXml(xml)).toMatchObject({ ok: true });
  });
});
