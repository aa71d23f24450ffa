import { describe, expect, it } from 'vitest';
import { encodeUtf8 } from '../http';
import { parseWnsPayload } from './payload';

const tile = (visual: string, binding: string, image: string) =>
  `<tile><visual${visual}><binding template="TileSquare150x150Image"${binding}><image id="1" src="https://x.test/a.png"${image}/></binding></visual></tile>`;
const toast = (visual: string, binding: string, image: string) =>
  `<toast><visual${visual}><binding template="ToastImageAndText01"${binding}><image id="1" src="https://x.test/a.png"${image}/><text id="1">Hi</text></binding></visual></toast>`;
const q = (v: string) => ` addImageQuery="${v}"`;

// addImageQuery on the image wins over its binding's, which wins over its visual's. [S45]
describe('addImageQuery reaches each image, nearest setting first [S45]', () => {
  it.each([
    ['none set', '', '', '', undefined],
    ['visual true', q('true'), '', '', true],
    ['binding true', '', q('true'), '', true],
    ['image true', '', '', q('true'), true],
    ['binding false over visual true', q('true'), q('false'), '', false],
    ['image true over binding false', '', q('false'), q('true'), true],
    ['image false over visual true', q('true'), '', q('false'), false],
    ['a value other than true/false is ignored', q('yes'), '', '', undefined],
  ])('%s', (_name, visual, binding, image, expected) => {
    for (const [type, xml] of [
      ['wns/tile', tile(visual, binding, image)],
      ['wns/toast', toast(visual, binding, image)],
    ] as const) {
      const parsed = parseWnsPayload(type, encodeUtf8(xml));
      if (!parsed.ok) throw new Error(parsed.diagnostic.message);
      const n = parsed.notification;
      const images =
        n.kind === 'wnsTile' ? n.bindings[0]!.images : n.kind === 'toast' ? n.images : [];
      expect(images[0]?.addImageQuery).toBe(expected);
    }
  });
});
