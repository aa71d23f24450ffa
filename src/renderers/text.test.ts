import { describe, expect, it } from 'vitest';
import { deviceProfiles, tilePixels } from './profiles';
import {
  adaptiveStyle,
  countLabel,
  familyOf,
  imageUrl,
  safeColour,
  truncate,
  wpToastText,
  wraps,
} from './text';

const long = (n: number) => 'x'.repeat(n);

describe('WP toast length [S10]', () => {
  it.each([
    ['title only: about 40 characters', long(60), '', 40, 0],
    ['content only: about 47 characters', '', long(60), 0, 47],
    ['both: about 41 between them', long(30), long(30), 30, 11],
    ['short texts stay whole', 'Score', 'Home 2 – 1', 5, 10],
  ])('%s', (_, title, content, t, c) => {
    const shown = wpToastText(title, content);
    expect([...shown.title].length).toBe(t);
    expect([...shown.content].length).toBe(c);
  });
  it('ends a cut text with an ellipsis', () => expect(truncate('abcdef', 4)).toBe('abc…'));
});

describe('counts and badges [S35, S42]', () => {
  it.each([
    [0, null],
    [-3, null],
    [1, '1'],
    [99, '99'],
    [100, '99+'],
    ['7', '7'],
    [undefined, null],
  ])('%s → %s', (value, label) => expect(countLabel(value)).toBe(label));
});

describe('colours reaching style are validated [S8]', () => {
  it.each([
    ['#FF1BA1E2', 'rgba(27, 161, 226, 1.00)'],
    ['#80000000', 'rgba(0, 0, 0, 0.50)'],
    ['#1BA1E2', '#1BA1E2'],
    ['red; background: url(x)', undefined],
    ['expression(alert(1))', undefined],
  ])('%s', (value, colour) => expect(safeColour(value)).toBe(colour));
});

describe('image src rules and addImageQuery [S45]', () => {
  it.each([
    ['https://x.test/a.png', {}, 'https://x.test/a.png'],
    ['ms-appx:///Assets/photo1.svg', {}, '/package/Assets/photo1.svg'],
    ['ms-appdata:///local/a.png', {}, '/appdata/a.png'],
    ['/Assets/Icon.svg', {}, '/package/Assets/Icon.svg'],
    ['file:///c:/a.png', {}, undefined],
    ['javascript:alert(1)', {}, undefined],
    [
      'https://x.test/a.png',
      { addImageQuery: true },
      'https://x.test/a.png?ms-scale=100&ms-contrast=standard&ms-lang=en-us',
    ],
    [
      'https://x.test/a.png?v=1',
      { addImageQuery: true, scale: 140, contrast: 'black' as const, lang: 'de-DE' },
      'https://x.test/a.png?v=1&ms-scale=140&ms-contrast=black&ms-lang=de-de',
    ],
  ])('%s', (src, context, url) => expect(imageUrl(src, context)).toBe(url));
});

describe("images a designer added to the app's package resolve under ms-appx:/// [S45]", () => {
  const packageFiles = { 'hero.png': 'blob:x/1', 'tile (2).jpg': 'blob:x/2' };
  const query = '?ms-scale=100&ms-contrast=standard&ms-lang=en-us';
  it.each([
    ['ms-appx:///hero.png', 'blob:x/1'],
    ['ms-appx:///Assets/hero.png', 'blob:x/1'],
    ['ms-appx:///ASSETS/Hero.PNG', 'blob:x/1'],
    ['Assets/hero.png', 'blob:x/1'],
    ['/hero.png', 'blob:x/1'],
    ['ms-appx:///tile (2).jpg', 'blob:x/2'],
    ['ms-appx:///hero.png?v=2', 'blob:x/1'],
    // Not added: the sample package still answers, and other schemes are untouched.
    ['ms-appx:///Assets/photo1.svg', `/package/Assets/photo1.svg${query}`],
    ['ms-appx:///Other/hero.png', `/package/Other/hero.png${query}`],
    ['ms-appdata:///local/hero.png', `/appdata/hero.png${query}`],
    ['https://x.test/hero.png', `https://x.test/hero.png${query}`],
  ])('%s → %s (a package Blob takes no query)', (src, url) =>
    expect(imageUrl(src, { packageFiles, addImageQuery: true })).toBe(url),
  );
});

describe('template families [S47, S48, S49]', () => {
  it.each([
    ['TileSquareBlock', 'block'],
    ['TileWide310x150BlockAndText01', 'block'],
    ['TileSquare150x150PeekImageAndText01', 'peek'],
    ['TileWidePeekImageCollection05', 'peek'],
    ['TileWideImageCollection', 'imageCollection'],
    ['TileWideSmallImageAndText02', 'smallImageAndText'],
    ['TileSquare310x310SmallImagesAndTextList01', 'largeList'],
    ['TileSquare310x310ImageAndTextOverlay02', 'imageAndText'],
    ['TileWideImage', 'image'],
    ['TileWideText09', 'text'],
    ['TileSquare150x150IconWithBadge', 'iconic'],
    ['TileMedium', 'adaptive'],
  ])('%s → %s', (template, family) => expect(familyOf(template)).toBe(family));

  // TileTemplateType: Square Text02/04 and Wide Text04/09 wrap; Square Text03 is four
  // unwrapped lines; Wide Text02 is two columns.
  it.each([
    ['TileSquareText02', true],
    ['TileSquare150x150Text04', true],
    ['TileWideText04', true],
    ['TileWideText09', true],
    ['TileSquareText03', false],
    ['TileSquare150x150Text03', false],
    ['TileWideText02', false],
    ['TileWide310x150Text02', false],
  ])('%s wraps: %s', (template, wrapped) => expect(wraps(template)).toBe(wrapped));

  it.each([
    ['caption', 12, false],
    ['bodySubtle', 15, true],
    ['subheaderNumeral', 34, false],
    ['header', 46, false],
    [undefined, 12, false],
  ])('hint-style %s is %d px', (style, size, subtle) =>
    expect(adaptiveStyle(style)).toMatchObject({ size, subtle }),
  );
});

describe('profile pixel sizes [S33, S34, S56]', () => {
  const byId = Object.fromEntries(deviceProfiles.map((p) => [p.id, p]));
  it.each([
    ['wp8', 'wide', [691, 336]],
    ['wp8', 'small', [159, 159]],
    ['win81', 'large', [310, 310]],
    ['wp81', 'small', [71, 71]],
    ['win81', 'small', [70, 70]],
  ] as const)('%s %s', (id, size, px) => expect(byId[id]!.tiles[size]).toEqual(px));
  it('a size the platform lacks falls back to medium', () =>
    expect(tilePixels(byId.wp81!, 'large')).toEqual([150, 150]));
});
