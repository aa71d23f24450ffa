import { describe, expect, it } from 'vitest';
import { check } from './common';
import { wnsTileSchema, wpTileSchema } from './device-state';

// Stored tiles from before tiles kept every binding still restore; sizes are checked. [S56]

const binding = (template: string, size: string) => ({ template, size, texts: ['x'], images: [] });
const item = (fields: object) => ({ id: 'tile-1', msgId: 'm', receivedAt: 1, ...fields });
const tile = (items: object[]) => ({ size: 'medium', queueEnabled: false, items });

describe('a stored WNS tile item', () => {
  it('with the one binding it showed is read as bindings of one', () => {
    const one = binding('TileSquare150x150Text04', 'medium');
    const read = check(wnsTileSchema, tile([item({ binding: one })]));
    expect(read).toMatchObject({ ok: true, value: { items: [{ bindings: [one] }] } });
    expect(read.ok && 'binding' in read.value.items[0]!).toBe(false);
  });

  it('keeps every binding and its held mark', () => {
    const all = [
      binding('TileSquare150x150Text04', 'medium'),
      binding('TileWide310x150Text03', 'wide'),
    ];
    const read = check(wnsTileSchema, tile([item({ bindings: all, held: true })]));
    expect(read).toMatchObject({ ok: true, value: { items: [{ bindings: all, held: true }] } });
  });

  it('without any binding is refused', () => {
    expect(check(wnsTileSchema, tile([item({ bindings: [] })]))).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/has no binding/),
    });
  });
});

describe('a stored Windows Phone tile', () => {
  const wp = { tileId: 'a', appId: 'a', template: 'FlipTile', properties: {}, updatedAt: 1 };
  it('keeps a size of small, medium or wide and refuses another', () => {
    expect(check(wpTileSchema, { ...wp, size: 'wide' })).toMatchObject({ ok: true });
    expect(check(wpTileSchema, { ...wp, size: 'huge' })).toMatchObject({ ok: false });
  });
});
