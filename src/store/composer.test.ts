import { describe, expect, it } from 'vitest';
import { catalog, previewPayload } from './composer';

describe('previewPayload: the phone’s own parsers, without sending', () => {
  it.each([
    [
      'wns',
      'wns/toast',
      '<toast><visual><binding template="ToastText01"><text id="1">Hi</text></binding></visual></toast>',
      true,
      undefined,
    ],
    ['wns', 'wns/toast', '<toast>\n<visual>\n</toast>', false, 'xml.wellFormed'],
    ['wns', 'wns/tile', '<toast/>', true, 'wns.type.mismatch'],
    ['wns', 'wns/badge', '<badge value="alert"/>', true, undefined],
    ['wns', 'wns/raw', 'not xml <', true, undefined],
    [
      'mpns',
      'toast',
      '<wp:Notification xmlns:wp="WPNotification"><wp:Toast><wp:Text1>a</wp:Text1></wp:Toast></wp:Notification>',
      true,
      undefined,
    ],
    ['mpns', 'token', '<wp:Notification xmlns:wp="other"/>', true, 'mpns.namespace'],
  ] as const)('%s %s %j → well-formed %s, rule %s', (service, type, xml, wellFormed, rule) => {
    const preview = previewPayload(service, type, xml);
    expect(preview.wellFormed).toBe(wellFormed);
    expect(preview.diagnostics[0]?.rule).toBe(rule);
    expect(preview.notification === undefined).toBe(rule !== undefined);
  });

  it('gives the line and column of a malformed payload', () => {
    const [d] = previewPayload('wns', 'wns/toast', '<toast>\n<visual>\n</toast>').diagnostics;
    expect(d?.line).toBe(3);
  });

  it('exposes the protocol tables the gallery is generated from', () => {
    expect(catalog.wnsTileTemplates.TileWide310x150Text09).toEqual({
      size: 'wide',
      images: 0,
      texts: 2,
    });
    expect(catalog.mpnsNotificationClasses.toast).toEqual([2, 12, 22]);
  });
});
