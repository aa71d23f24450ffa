import { encodeUtf8 } from '../protocol/http';
import { batchDelaySeconds, notificationClasses } from '../protocol/mpns/headers';
import { parseMpnsPayload } from '../protocol/mpns/payload';
import { tileElements } from '../protocol/mpns/tiles';
import { badgeGlyphs, type Notification } from '../protocol/notification';
import type { MpnsTileUpdate } from '../protocol/mpns/tiles';
import type { Diagnostic, PushServiceKind } from '../protocol/types';
import { parseWnsPayload } from '../protocol/wns/payload';
import { adaptiveTileTemplates, tileTemplates } from '../protocol/wns/tile-templates';
import { toastTemplates } from '../protocol/wns/toast';
import { parseXml } from '../protocol/xml';

// What the composer needs from the wire format, exposed here so features stay off protocol/.

/** Every template Tilecast understands, as data the composer builds its gallery from. */
export const catalog = {
  wnsTileTemplates: tileTemplates,
  wnsAdaptiveTileTemplates: adaptiveTileTemplates,
  wnsToastTemplates: toastTemplates,
  badgeGlyphs,
  mpnsTileElements: tileElements,
  mpnsNotificationClasses: notificationClasses,
  mpnsBatchDelays: batchDelaySeconds,
} as const;

/** WNS X-WNS-Type values and MPNS X-WindowsPhone-Target values (tile = `token`). */
export type ComposerType =
  'wns/toast' | 'wns/tile' | 'wns/badge' | 'wns/raw' | 'toast' | 'token' | 'raw';

export type PayloadPreview = {
  /** The payload is well-formed XML (or raw bytes, which need not be). */
  wellFormed: boolean;
  notification?: Notification | MpnsTileUpdate;
  diagnostics: Diagnostic[];
};

/**
 * What the phone would make of this payload, without sending it: the same parsers the phone
 * runs, so a diagnostic here is exactly the drop the phone would log.
 */
export function previewPayload(
  service: PushServiceKind,
  type: ComposerType,
  xml: string,
): PayloadPreview {
  const raw = type === 'wns/raw' || type === 'raw';
  const wellFormed = raw || parseXml(xml).ok;
  const bytes = encodeUtf8(xml);
  const result =
    service === 'wns'
      ? parseWnsPayload(type as 'wns/toast', bytes)
      : parseMpnsPayload(type as 'toast', bytes);
  if (!result.ok) return { wellFormed, diagnostics: [result.diagnostic] };
  return { wellFormed, notification: result.notification, diagnostics: [] };
}
