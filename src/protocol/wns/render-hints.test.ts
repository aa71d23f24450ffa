import { describe, expect, it } from 'vitest';
import { encodeUtf8 } from '../http';
import { parseWnsPayload } from './payload';

// What the renderer needs from Windows 10 payloads is kept by the parser. [S49, S54]
describe('adaptive hints and placements survive parsing', () => {
  it('keeps hint-style, wrap, maxLines, groups and weights, stacking and overlay [S49]', () => {
    const xml = `<tile><visual><binding template="TileWide" hint-textStacking="center" hint-overlay="40">
      <image src="ms-appx:///Assets/photo1.svg" placement="background"/>
      <image src="ms-appx:///Assets/photo2.svg" placement="peek" hint-crop="circle"/>
      <text hint-style="subtitle">Head</text>
      <group><subgroup hint-weight="33"><text hint-style="captionSubtle">a</text></subgroup>
      <subgroup hint-weight="67"><text hint-wrap="true" hint-maxLines="2">b</text></subgroup></group>
    </binding></visual></tile>`;
    const result = parseWnsPayload('wns/tile', encodeUtf8(xml));
    expect(result).toMatchObject({
      ok: true,
      notification: {
        bindings: [
          {
            texts: ['Head', 'a', 'b'],
            textStacking: 'center',
            overlay: 40,
            groups: [[33, 67]],
            textHints: [
              { style: 'subtitle' },
              { style: 'captionSubtle', group: 0, subgroup: 0 },
              { wrap: true, maxLines: 2, group: 0, subgroup: 1 },
            ],
            images: [{ placement: 'background' }, { placement: 'peek', crop: 'circle' }],
          },
        ],
      },
    });
  });

  it('keeps toast attribution apart from the texts and image placements [S54]', () => {
    const xml = `<toast><visual><binding template="ToastGeneric"><text>T</text><text>B</text>
      <text placement="attribution">via SMS</text>
      <image placement="appLogoOverride" hint-crop="circle" src="ms-appx:///Assets/Logo.svg"/>
      <image placement="hero" src="ms-appx:///Assets/photo3.svg"/></binding></visual></toast>`;
    expect(parseWnsPayload('wns/toast', encodeUtf8(xml))).toMatchObject({
      ok: true,
      notification: {
        texts: ['T', 'B'],
        attribution: 'via SMS',
        images: [{ placement: 'appLogoOverride', crop: 'circle' }, { placement: 'hero' }],
      },
    });
  });
});
