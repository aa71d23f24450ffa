import { describe, expect, it } from 'vitest';
import { previewPayload } from '../../store';
import type { PayloadView } from '../../renderers/sizes';
import { gallery } from './gallery';
import { thumbnailPlan } from './thumbnail-view';

const planOf = (name: string) => {
  const item = gallery.find((i) => i.name === name)!;
  const n = previewPayload(item.service, item.type, item.xml).notification;
  return thumbnailPlan(item, n as PayloadView | undefined);
};

describe('gallery thumbnails', () => {
  it('draw every sample: a tile, a toast or a line of text, never nothing', () => {
    for (const item of gallery) {
      const plan = planOf(item.name);
      expect(plan.kind === 'text' ? plan.text : 'drawn', item.id).not.toBe('does not parse');
      expect(plan.kind === 'text' ? plan.text : 'drawn', item.id).not.toBe('no size to show');
    }
  });

  it('show a template at its own size on the platform it was made for', () => {
    expect(planOf('TileWide310x150PeekImage01')).toMatchObject({
      kind: 'tile',
      profile: { id: 'win81' },
      verdict: { size: 'wide' },
    });
    expect(planOf('TileSquare310x310Text01')).toMatchObject({ verdict: { size: 'large' } });
    expect(planOf('FlipTile')).toMatchObject({
      profile: { id: 'wp8' },
      verdict: { size: 'medium' },
    });
    expect(planOf('TileLarge')).toMatchObject({ profile: { id: 'win10desktop' } });
    expect(planOf('ToastGeneric with actions')).toMatchObject({ kind: 'toast' });
    expect(planOf('Raw')).toEqual({ kind: 'text', text: 'raw · 19 bytes' });
  });
});
