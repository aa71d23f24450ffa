import { describe, expect, it } from 'vitest';
import { gallery } from './gallery';
import { familyHeading, matchesQuery, tagsOf } from './gallery-tags';

const search = (query: string) => gallery.filter((item) => matchesQuery(item, query));

describe('gallery tags', () => {
  it('name what a template shows: family, size, images and lines', () => {
    expect(
      tagsOf({
        service: 'wns',
        kind: 'tile',
        template: 'TileWide310x150PeekImage02',
        size: 'wide',
        images: 1,
        texts: 5,
      }),
    ).toEqual(expect.arrayContaining(['wns', 'tile', 'peek', 'wide', 'image', '5 lines']));
    expect(tagsOf({ service: 'mpns', kind: 'tile', template: 'FlipTile', images: 3 })).toEqual(
      expect.arrayContaining(['mpns', 'flip', 'images', '3 images', 'count']),
    );
  });

  it('group by service, then family', () => {
    expect(
      familyHeading({ service: 'wns', kind: 'tile', template: 'TileSquarePeekImageAndText01' }),
    ).toBe('WNS · peek tiles');
    expect(familyHeading({ service: 'mpns', kind: 'toast' })).toBe('MPNS · toasts');
  });
});

describe('gallery search', () => {
  it('"peek" finds the peek templates and only them', () => {
    const found = search('peek');
    expect(found.length).toBeGreaterThan(10);
    expect(found.every((i) => /Peek/.test(i.name))).toBe(true);
  });

  it('"3 lines" finds templates with three texts, not 13', () => {
    const found = search('3 lines');
    expect(found.map((i) => i.name)).toContain('ToastText04');
    expect(found.every((i) => i.tags.includes('3 lines'))).toBe(true);
  });

  it('"image" finds image templates; words combine ("wide peek")', () => {
    expect(search('image').every((i) => i.tags.includes('image') || /image/i.test(i.name))).toBe(
      true,
    );
    const widePeek = search('wide peek');
    expect(widePeek.length).toBeGreaterThan(0);
    expect(widePeek.every((i) => i.tags.includes('wide') && i.tags.includes('peek'))).toBe(true);
  });

  it('finds by name, whatever the case, and an empty query keeps everything', () => {
    expect(search('tilewide310x150text09').map((i) => i.name)).toEqual(['TileWide310x150Text09']);
    expect(search('  ')).toHaveLength(gallery.length);
    expect(search('flip').map((i) => i.name)).toEqual(['FlipTile']);
  });
});
