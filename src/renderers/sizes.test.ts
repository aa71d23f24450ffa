import { describe, expect, it } from 'vitest';
import { deviceProfiles, profileOf } from './profiles';
import { payloadUnsupported, sheetCells, sizeVerdicts, type PayloadView } from './sizes';

const binding = (template: string, size: 'small' | 'medium' | 'wide' | 'large') => ({
  template,
  size,
  texts: ['Storm warning'],
  images: [],
});
const wideOnly: PayloadView = {
  kind: 'wnsTile',
  bindings: [binding('TileWide310x150Text09', 'wide')],
};
const adaptiveAll: PayloadView = {
  kind: 'wnsTile',
  bindings: [
    binding('TileSmall', 'small'),
    binding('TileMedium', 'medium'),
    binding('TileWide', 'wide'),
    binding('TileLarge', 'large'),
  ],
};
const flip: PayloadView = { kind: 'mpnsTile', template: 'FlipTile', changes: [] };
const wp7: PayloadView = { kind: 'mpnsTile', template: 'Tile', changes: [] };
const toast = (template: string): PayloadView => ({
  kind: 'toast',
  template,
  texts: ['Hi'],
  images: [],
});
const shown = (payload: PayloadView, profile: string) =>
  sizeVerdicts(payload, profileOf(profile))
    .filter((v) => v.supported)
    .map((v) => v.size);

describe('sizes a payload shows on a profile', () => {
  it.each([
    // A binding per size: a size without one is not shown on the phone. [S44]
    ['8.1 wide-only tile on Windows 10 Mobile', wideOnly, 'win10mobile', ['wide']],
    [
      'adaptive tile on Windows 10 desktop (large is desktop only) [S49]',
      adaptiveAll,
      'win10desktop',
      ['small', 'medium', 'wide', 'large'],
    ],
    [
      'adaptive tile on Windows 10 Mobile: no large tile [S49, S56]',
      adaptiveAll,
      'win10mobile',
      ['small', 'medium', 'wide'],
    ],
    ['adaptive tile on Windows 8.1: needs Windows 10 [S49]', adaptiveAll, 'win81', []],
    ['WNS tile on Windows Phone 8: no WNS there', wideOnly, 'wp8', []],
    ['Flip tile on Windows Phone 8: 159/336/691 [S33]', flip, 'wp8', ['small', 'medium', 'wide']],
    ['Flip tile on Windows Phone 7.5: needs 7.8 or 8 [S1]', flip, 'wp75', []],
    ['WP7 tile on Windows Phone 7.5: medium 173x173 [S12]', wp7, 'wp75', ['medium']],
    ['MPNS tile on Windows 10 desktop: Windows Phone only', flip, 'win10desktop', []],
    [
      'badge on Windows 8.1 Start: every size it has [S42]',
      { kind: 'badge', value: 5 } as PayloadView,
      'win81',
      ['small', 'medium', 'wide', 'large'],
    ],
  ])('%s', (_name, payload, profile, sizes) => {
    expect(shown(payload, profile)).toEqual(sizes);
  });

  it('says why a size cannot show', () => {
    const [small, , , large] = sizeVerdicts(wideOnly, profileOf('win10mobile'));
    expect(small).toMatchObject({ supported: false, reason: /no small binding/ });
    expect(large).toMatchObject({
      supported: false,
      reason: 'Windows 10 Mobile has no large tile',
    });
  });

  it.each([
    [
      'ToastGeneric on Windows 8.1',
      toast('ToastGeneric'),
      'win81',
      'ToastGeneric needs Windows 10',
    ],
    ['ToastGeneric on Windows 10 Mobile', toast('ToastGeneric'), 'win10mobile', undefined],
    [
      'MPNS toast on Windows 8.1',
      toast('wp:Toast'),
      'win81',
      'Windows 8.1 Start has no MPNS (Windows Phone only)',
    ],
    ['MPNS toast on Windows Phone 7.5', toast('wp:Toast'), 'wp75', undefined],
    ['WNS toast on Windows Phone 8', toast('ToastText02'), 'wp8', /has no WNS/],
  ])('%s', (_name, payload, profile, reason) => {
    const got = payloadUnsupported(payload, profileOf(profile));
    if (reason === undefined) expect(got).toBeUndefined();
    else expect(got).toMatch(reason);
  });
});

describe('contact sheet cells', () => {
  it('a tile: every size × theme × profile, labelled profile · size · theme', () => {
    const cells = sheetCells(adaptiveAll);
    expect(cells).toHaveLength(deviceProfiles.length * 3 * 4);
    expect(cells[0]!.label).toBe('Windows Phone 7.5 · small · dark');
    expect(cells.at(-1)!.label).toBe('Windows 10 desktop Start · large · high contrast');
    expect(new Set(cells.map((c) => c.label)).size).toBe(cells.length);
    // Sizes that cannot show are cells too, marked not supported.
    expect(cells.filter((c) => c.verdict.supported)).toHaveLength(3 * (3 + 4));
  });

  it('a toast: one cell per theme and profile', () => {
    const cells = sheetCells(toast('ToastText02'));
    expect(cells.map((c) => c.label).slice(0, 3)).toEqual([
      'Windows Phone 7.5 · toast · dark',
      'Windows Phone 7.5 · toast · light',
      'Windows Phone 7.5 · toast · high contrast',
    ]);
    expect(cells.filter((c) => c.verdict.supported).map((c) => c.profile.id)).toEqual(
      ['wp81', 'win81', 'win10mobile', 'win10desktop'].flatMap((id) => [id, id, id]),
    );
  });
});
