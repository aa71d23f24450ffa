import { describe, expect, it } from 'vitest';
import { sheetCells, type PayloadView } from '../../renderers/sizes';
import { previewPayload } from '../../store';
import { gallery } from './gallery';
import { allCells, filterCells } from './sheet-filter';

const everySize = gallery.find((i) => i.name === 'TileWide')!;
const payload = previewPayload(everySize.service, everySize.type, everySize.xml)
  .notification as PayloadView;
const cells = sheetCells(payload);

describe('contact sheet filters', () => {
  it('keep every cell by default', () => {
    expect(filterCells(cells, allCells)).toHaveLength(cells.length);
  });

  it('narrow by profile, theme and size together', () => {
    const shown = filterCells(cells, {
      ...allCells,
      profile: 'win10desktop',
      theme: 'light',
      size: 'wide',
    });
    expect(shown.map((c) => c.label)).toEqual(['Windows 10 desktop Start · wide · light']);
  });

  it('hide what a profile cannot show, leaving only drawn cells', () => {
    const shown = filterCells(cells, { ...allCells, hideUnsupported: true });
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(cells.length);
    expect(shown.every((c) => c.verdict.supported)).toBe(true);
    // A Windows 10 adaptive wide tile: only the Windows 10 profiles draw it.
    expect(new Set(shown.map((c) => c.profile.id))).toEqual(
      new Set(['win10mobile', 'win10desktop']),
    );
  });
});
