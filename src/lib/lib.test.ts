import { describe, expect, it } from 'vitest';
import { diffHeaders, diffLines } from './line-diff';
import { prettyXml, tokenizeXml, tokenLines } from './xml-tokens';

describe('XML tokens for highlighting', () => {
  it('names tags, attributes, values and text', () => {
    expect(tokenizeXml('<text id="1">Hi</text>')).toEqual([
      { kind: 'punct', text: '<' },
      { kind: 'tag', text: 'text' },
      { kind: 'punct', text: ' ' },
      { kind: 'attr', text: 'id' },
      { kind: 'punct', text: '=' },
      { kind: 'value', text: '"1"' },
      { kind: 'punct', text: '>' },
      { kind: 'text', text: 'Hi' },
      { kind: 'punct', text: '</' },
      { kind: 'tag', text: 'text' },
      { kind: 'punct', text: '>' },
    ]);
  });

  it.each(['<toast><visual', '<a b="unclosed>', 'plain & text', '<!-- open', '<<>>'])(
    'keeps every character of broken markup: %s',
    (text) => {
      expect(
        tokenizeXml(text)
          .map((t) => t.text)
          .join(''),
      ).toBe(text);
    },
  );

  it('splits tokens into lines for numbering', () => {
    const lines = tokenLines(tokenizeXml('<a>\n  <b/>\n</a>'));
    expect(lines).toHaveLength(3);
    expect(lines[1]!.map((t) => t.text).join('')).toBe('  <b/>');
  });

  it('pretty-prints one element per line, text beside its element', () => {
    expect(prettyXml('<toast><visual><text id="1">Hi</text><image/></visual></toast>')).toBe(
      '<toast>\n  <visual>\n    <text id="1">Hi</text>\n    <image/>\n  </visual>\n</toast>',
    );
  });
});

describe('diffs for comparing two entries', () => {
  it('diffs lines by longest common subsequence', () => {
    expect(diffLines('a\nb\nc', 'a\nx\nc')).toEqual([
      { op: 'same', text: 'a' },
      { op: 'removed', text: 'b' },
      { op: 'added', text: 'x' },
      { op: 'same', text: 'c' },
    ]);
  });

  it('compares headers by name, case-insensitively', () => {
    expect(diffHeaders({ 'X-A': '1', b: '2' }, { 'x-a': '1', c: '3' })).toEqual([
      { name: 'b', a: '2', b: undefined, same: false },
      { name: 'c', a: undefined, b: '3', same: false },
      { name: 'x-a', a: '1', b: '1', same: true },
    ]);
  });
});
