import { describe, expect, it } from 'vitest';
import { encodeUtf8 } from '../http';
import { parseWnsPayload } from './payload';
import type { WnsType } from './headers';

const parse = (type: WnsType, xml: string) => parseWnsPayload(type, encodeUtf8(xml));
const toast = (binding: string, attrs = '') => `<toast${attrs}><visual>${binding}</visual></toast>`;

describe('parseWnsPayload: what the phone shows', () => {
  it('reads ToastText02 texts in slot order, launch and duration [S51]', () => {
    const result = parse(
      'wns/toast',
      toast(
        '<binding template="ToastText02"><text id="2">body</text><text id="1"> title </text></binding>',
        ' launch="id=7" duration="long"',
      ),
    );
    expect(result).toMatchObject({
      ok: true,
      notification: expect.objectContaining({
        kind: 'toast',
        template: 'ToastText02',
        texts: ['title', 'body'],
        launch: 'id=7',
        duration: 'long',
      }),
    });
  });

  it('reads a badge number and a glyph [S42]', () => {
    expect(parse('wns/badge', '<badge value="7"/>')).toMatchObject({
      ok: true,
      notification: { kind: 'badge', value: 7 },
    });
    expect(parse('wns/badge', '<badge value="newMessage"/>')).toMatchObject({
      ok: true,
      notification: { kind: 'badge', value: 'newMessage' },
    });
  });

  it('passes raw bytes through untouched [S41]', () => {
    const bytes = new Uint8Array([0, 255, 1]);
    expect(parseWnsPayload('wns/raw', bytes)).toEqual({
      ok: true,
      notification: { kind: 'raw', bytes },
    });
  });
});

// Each row is a silent client-side drop that real WNS answers with 200. [S17, S19]
describe('parseWnsPayload: drops, each named with rule, line and column', () => {
  it.each([
    ['malformed XML', 'wns/toast', '<toast>\n<visual>\n</toast>', 'xml.wellFormed', 3],
    ['root does not match X-WNS-Type', 'wns/toast', '<tile>\n</tile>', 'wns.type.mismatch', 1],
    ['root in the wrong case', 'wns/toast', '\n<Toast/>', 'xml.case', 2],
    ['element in the wrong case', 'wns/toast', '<toast>\n  <Visual/></toast>', 'xml.case', 2],
    [
      'template in the wrong case',
      'wns/toast',
      toast('<binding template="toasttext02"/>'),
      'xml.case',
      1,
    ],
    [
      'unknown template',
      'wns/toast',
      toast('<binding template="ToastText09"/>'),
      'toast.template.unknown',
      1,
    ],
    ['no visual', 'wns/toast', '<toast/>', 'toast.visual.missing', 1],
    [
      'two bindings',
      'wns/toast',
      toast('<binding template="ToastText01"/><binding template="ToastText01"/>'),
      'toast.binding.multiple',
      1,
    ],
    [
      'text id beyond the template',
      'wns/toast',
      toast('<binding template="ToastText01"><text id="2">x</text></binding>'),
      'toast.text.id',
      1,
    ],
    [
      'javascript: image src',
      'wns/toast',
      toast(
        '<binding template="ToastImageAndText01"><image id="1" src="javascript:alert(1)"/></binding>',
      ),
      'image.scheme',
      1,
    ],
    [
      'badge value not a number or glyph',
      'wns/badge',
      '<badge value="lots"/>',
      'badge.value.invalid',
      1,
    ],
  ] as const)('%s', (_, type, xml, rule, line) => {
    const result = parse(type, xml);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.diagnostic.rule).toBe(rule);
      expect(result.diagnostic.line).toBe(line);
      expect(result.diagnostic.column).toBeGreaterThan(0);
    }
  });
});
