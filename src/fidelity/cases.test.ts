import { describe, expect, it } from 'vitest';
import { casesFor } from './cases';

describe('casesFor: reference picture → Tilecast renders', () => {
  it('a wide template picture gives Windows and Windows Phone, cropped side by side', () => {
    const cases = casesFor('tile-template-catalog/TileWideText01.png');
    expect(cases.map((c) => [c.id, c.profile, c.crop])).toEqual([
      ['TileWideText01 · Windows', 'win81', [0, 37, 310, 150]],
      ['TileWideText01 · Windows Phone', 'wp81', [322, 37, 310, 150]],
    ]);
    const subject = cases[0]!.subject;
    expect(subject.kind === 'wnsTile' && subject.binding.texts).toHaveLength(5);
  });

  it('a picture that says "Not Supported" on one side gives only the other', () => {
    expect(casesFor('x/TileSquare310x310Text01.jpg').map((c) => c.profile)).toEqual(['win81']);
    expect(casesFor('x/TileSquare150x150IconWithBadge.jpg').map((c) => c.profile)).toEqual([
      'wp81',
    ]);
  });

  it("keeps Microsoft's texts where the picture shows them", () => {
    const [block] = casesFor('x/TileWideBlockAndText01.png');
    expect(block!.subject.kind === 'wnsTile' && block!.subject.binding.texts.slice(4)).toEqual([
      '24',
      'Aliquam',
    ]);
  });

  it('toasts and the Windows Phone 8 diagrams map to their templates and sizes', () => {
    expect(casesFor('x/Toast_5.png')[0]!.subject).toMatchObject({
      kind: 'toast',
      toast: { template: 'ToastText04' },
    });
    expect(casesFor('windows-phone-8-tiles/iconictile.png').map((c) => c.id)).toEqual([
      'IconicTile · small',
      'IconicTile · medium',
      'IconicTile · wide',
    ]);
  });

  it('an unknown picture gives nothing', () => {
    expect(casesFor('x/holiday.png')).toEqual([]);
  });
});
