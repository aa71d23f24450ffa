import { describe, expect, it } from 'vitest';
import { checkPackageImage, PACKAGE_FILE_LIMIT } from './package';

const png = (size = 64) => {
  const bytes = new Uint8Array(size);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return bytes;
};
const text = (s: string) => new TextEncoder().encode(s);
const svg = (inner: string) => text(`<svg xmlns="http://www.w3.org/2000/svg">${inner}</svg>`);

describe('what an app package takes [S56, S57]', () => {
  it.each([
    ['photo.png', png(), 'image/png'],
    ['Hero (2).JPG', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2]), 'image/jpeg'],
    ['a.jpeg', new Uint8Array([0xff, 0xd8, 0xff, 0xdb]), 'image/jpeg'],
    ['anim.gif', text('GIF89a....'), 'image/gif'],
    ['logo.svg', svg('<rect width="10" height="10" fill="red"/>'), 'image/svg+xml'],
    ['C:\\art\\tile.png', png(), 'image/png'],
  ])('%s is taken as %s', (name, bytes, type) => {
    const check = checkPackageImage(name, bytes);
    expect(check).toMatchObject({ ok: true, image: { type, size: bytes.byteLength } });
  });

  it('keeps only the file name of a path', () => {
    expect(checkPackageImage('C:\\art\\tile.png', png())).toMatchObject({
      image: { name: 'tile.png' },
    });
  });

  it.each([
    ['notes.txt', text('hello'), /use \.png, \.jpg, \.jpeg or \.gif \[S56\]/],
    ['photo.bmp', new Uint8Array([0x42, 0x4d]), /use \.png/],
    ['big.png', png(PACKAGE_FILE_LIMIT + 1), /is 1025 KB; a package image may be at most 1024 KB/],
    ['fake.png', text('<html>not a png</html>'), /is not a PNG image/],
    ['fake.gif', png(), /is not a GIF image/],
    ['empty.png', new Uint8Array(), /is empty/],
    ['a<b>.png', png(), /characters an ms-appx:\/\/\/ path cannot carry/],
    [
      'x.svg',
      text('<!DOCTYPE svg [<!ENTITY a "aaaa">]><svg xmlns="http://www.w3.org/2000/svg">&a;</svg>'),
      /declares XML entities/,
    ],
    ['x.svg', text('just text'), /no <svg> element/],
  ])('%s is refused: %s', (name, bytes, reason) => {
    const check = checkPackageImage(name, bytes);
    expect(check.ok).toBe(false);
    expect(!check.ok && check.reason).toMatch(reason);
  });
});
