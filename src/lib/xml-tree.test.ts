import { describe, expect, it } from 'vitest';
import { xmlTree } from './xml-tree';

describe('the display tree of a payload', () => {
  it('nests elements with attributes and text', () => {
    expect(
      xmlTree(
        '<toast launch="a"><visual><text id="1">Hi there</text><image src=\'x\'/></visual></toast>',
      ),
    ).toEqual([
      {
        name: 'toast',
        attributes: [['launch', 'a']],
        text: '',
        children: [
          {
            name: 'visual',
            attributes: [],
            text: '',
            children: [
              { name: 'text', attributes: [['id', '1']], text: 'Hi there', children: [] },
              { name: 'image', attributes: [['src', 'x']], text: '', children: [] },
            ],
          },
        ],
      },
    ]);
  });

  it('keeps going through broken markup', () => {
    const tree = xmlTree('<toast>\n  <visual>\n    <binding template="T">\n  </visual>\n</toast>');
    expect(tree[0]!.children[0]!.name).toBe('visual');
    expect(tree[0]!.children[0]!.children[0]!.name).toBe('binding');
  });
});
