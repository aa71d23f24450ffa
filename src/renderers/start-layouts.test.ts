import { describe, expect, it } from 'vitest';
import { profileOf, tilePixels } from './profiles';
import {
  packColumns,
  spanOf,
  startLayoutOf,
  startSize,
  startSizes,
  startTileColour,
  startUnsupported,
  WP7_ARROW,
} from './start-layouts';

const grid = (profile: string, size: 'small' | 'medium' | 'wide') => {
  const layout = startLayoutOf(profileOf(profile));
  const [cols] = spanOf(layout, size);
  return cols * layout.unit + (cols - 1) * layout.gap;
};

describe('Start grids reproduce each profile’s tile pixels', () => {
  it.each(['wp8', 'wp81', 'win10mobile', 'win81', 'win10desktop'])('%s', (id) => {
    const profile = profileOf(id);
    for (const size of ['small', 'medium', 'wide'] as const)
      expect(Math.abs(grid(id, size) - tilePixels(profile, size)[0])).toBeLessThanOrEqual(2);
  });

  it.each(['wp75', 'wp8', 'wp81', 'win10mobile'])(
    '%s: two medium tiles side by side fit the 340 px screen',
    (id) => {
      const layout = startLayoutOf(profileOf(id));
      const [w] = tilePixels(profileOf(id), 'medium');
      // Windows Phone 7 gives its right margin to the arrow that opens the app list.
      const sides = layout.kind === 'wp7' ? layout.padding + WP7_ARROW : 2 * layout.padding;
      expect(2 * w + layout.gap + sides).toBeLessThanOrEqual(340);
    },
  );
});

describe('the sizes a tile may take on Start', () => {
  it.each([
    ['wp75', { service: 'mpns' as const, template: 'Tile' }, ['medium']],
    ['wp75', { service: 'mpns' as const, template: 'FlipTile' }, ['medium', 'wide']],
    ['wp8', { service: 'mpns' as const, template: 'CycleTile' }, ['small', 'medium', 'wide']],
    ['wp81', { service: 'wns' as const }, ['small', 'medium', 'wide']],
    ['win81', { service: 'wns' as const }, ['small', 'medium', 'wide', 'large']],
  ])('%s %o → %o', (id, tile, sizes) => {
    expect(startSizes(profileOf(id), tile)).toEqual(sizes);
  });

  it('a size the profile lacks draws as medium', () => {
    expect(startSize(profileOf('wp81'), { service: 'wns' }, 'large')).toBe('medium');
    expect(startSize(profileOf('win81'), { service: 'wns' }, 'large')).toBe('large');
  });
});

describe('tile colour on Start', () => {
  it('takes the accent unless the app sets its own; high contrast draws black', () => {
    expect(startTileColour(undefined, '#A4C400', 'dark')).toBe('#A4C400');
    expect(startTileColour('#123456', '#A4C400', 'light')).toBe('#123456');
    expect(startTileColour('red;x:y', '#A4C400', 'dark')).toBe('#A4C400');
    expect(startTileColour(undefined, '#A4C400', 'highContrast')).toBe('#000000');
  });
});

describe('Start flags what the contact sheet flags', () => {
  const adaptive = {
    kind: 'wnsTile' as const,
    bindings: [{ template: 'TileMedium', size: 'medium' as const, texts: [], images: [] }],
  };
  it.each([
    ['wp8', /has no WNS/],
    ['win81', /TileMedium needs Windows 10/],
    ['win10mobile', undefined],
  ])('an adaptive tile on %s', (id, reason) => {
    const got = startUnsupported(adaptive, profileOf(id), 'medium');
    if (reason) expect(got).toMatch(reason);
    else expect(got).toBeUndefined();
  });
  it('an MPNS tile on Windows', () => {
    const flip = { kind: 'mpnsTile' as const, template: 'FlipTile', changes: [] };
    expect(startUnsupported(flip, profileOf('win10desktop'), 'medium')).toMatch(/has no MPNS/);
    expect(startUnsupported(flip, profileOf('wp8'), 'wide')).toBeUndefined();
  });
});

describe('Windows 8.1 group columns', () => {
  it('fill a wide-tile-wide column top to bottom, then start the next', () => {
    expect(packColumns(['medium', 'medium', 'wide', 'medium', 'small'], 4)).toEqual([
      [0, 1, 2],
      [3, 4],
    ]);
    expect(packColumns(['large', 'small'], 4)).toEqual([[0], [1]]);
  });
});
