import { describe, expect, it } from 'vitest';
import { previewPayload } from '../../store';
import { readFields, writeField } from './fields';
import { gallery, toastText02 } from './gallery';

describe('form ↔ XML mapping', () => {
  it('reads the texts, launch and images of a toast as labelled fields', () => {
    const fields = readFields(toastText02);
    expect(fields.map((f) => [f.label, f.value])).toEqual([
      ['toast launch', 'composer'],
      ['Title (text 1)', 'Breaking news'],
      ['Body (text 2)', 'Tilecast delivered this toast through an emulated WNS.'],
    ]);
  });

  it.each([
    ['Title (text 1)', 'Kick-off <live> & "free"'],
    ['toast launch', 'a="1"&b=\'2\''],
  ])('writing %s escapes the value and reads it back unchanged', (label, value) => {
    const field = readFields(toastText02).find((f) => f.label === label)!;
    const xml = writeField(toastText02, field, value);
    expect(readFields(xml).find((f) => f.label === label)!.value).toBe(value);
    expect(previewPayload('wns', 'wns/toast', xml).diagnostics).toEqual([]);
  });

  it('leaves everything outside the edited span byte-for-byte the same', () => {
    const xml =
      '<toast launch="x"><!-- keep --><visual><binding template="ToastText01" lang="de"><text id="1">a</text></binding></visual></toast>';
    const field = readFields(xml).find((f) => f.label === 'Title (text 1)')!;
    expect(writeField(xml, field, 'b')).toBe(xml.replace('>a<', '>b<'));
  });

  it('reads entities and MPNS prefixed elements', () => {
    const fields = readFields(
      '<wp:Toast><wp:Text1>A &amp; B &#x41;</wp:Text1><wp:Count>3</wp:Count></wp:Toast>',
    );
    expect(fields.map((f) => [f.label, f.value])).toEqual([
      ['Text1', 'A & B A'],
      ['Count', '3'],
    ]);
  });

  it('numbers repeated images and actions', () => {
    const item = gallery.find((g) => g.name === 'ToastGeneric with actions')!;
    const labels = readFields(item.xml).map((f) => f.label);
    expect(labels).toContain('action 1 content');
    expect(labels).toContain('action 2 arguments');
    expect(labels).toContain('image 1 src');
  });
});

describe('gallery', () => {
  it('covers every template the protocol knows', () => {
    const names = new Set(gallery.map((g) => g.name));
    for (const t of [
      'TileSquare150x150Text01',
      'TileWide310x150PeekImageCollection06',
      'TileSquare310x310TextList03',
      'TileLarge',
      'ToastImageAndText04',
      'Glyph alert',
      'FlipTile',
      'CycleTile',
      'IconicTile',
      'WP7 tile',
      'Toast',
    ])
      expect(names).toContain(t);
  });

  it.each(gallery.map((g) => [g.id, g] as const))(
    '%s parses on the phone without a diagnostic',
    (_, item) => {
      const preview = previewPayload(item.service, item.type, item.xml);
      expect(preview.diagnostics).toEqual([]);
      expect(preview.notification).toBeDefined();
    },
  );
});
