import { decodeUtf8 } from '../http';
import type { Notification } from '../notification';
import type { Diagnostic } from '../types';
import { at, parseXml } from '../xml';
import { parseWnsBadge } from './badge';
import type { WnsType } from './headers';
import { parseWnsTile } from './tile';
import { parseWnsToast } from './toast';

export type PayloadResult =
  | { ok: true; notification: Notification; at?: { line: number; column: number } }
  | { ok: false; diagnostic: Diagnostic };

const rootFor: Partial<Record<WnsType, string>> = {
  'wns/toast': 'toast',
  'wns/tile': 'tile',
  'wns/badge': 'badge',
};

/**
 * What the phone makes of a payload WNS accepted. WNS itself never looks inside (SPEC §2.3):
 * every problem found here is a silent client-side drop, which Tilecast names. [S17, S19]
 */
export function parseWnsPayload(type: WnsType, body: Uint8Array): PayloadResult {
  if (type === 'wns/raw') return { ok: true, notification: { kind: 'raw', bytes: body } };

  const parsed = parseXml(decodeUtf8(body));
  if (!parsed.ok) return parsed;
  const { root } = parsed;
  const expected = rootFor[type]!;
  if (root.name !== expected) {
    const caseOnly = root.name.toLowerCase() === expected;
    return {
      ok: false,
      diagnostic: {
        rule: caseOnly ? 'xml.case' : 'wns.type.mismatch',
        message: caseOnly
          ? `Root element <${root.name}> must be spelled <${expected}> (case matters)`
          : `X-WNS-Type is ${type} but the payload's root element is <${root.name}>, not <${expected}>`,
        severity: 'error',
        ...at(root),
      },
    };
  }
  if (type === 'wns/toast') {
    const toast = parseWnsToast(root);
    return toast.ok ? { ok: true, notification: toast.toast, at: at(root) } : toast;
  }
  if (type === 'wns/badge') {
    const badge = parseWnsBadge(root);
    return badge.ok ? { ok: true, notification: badge.badge, at: at(root) } : badge;
  }
  const tile = parseWnsTile(root);
  if (!tile.ok) return tile;
  // Point at <visual> for drops that concern the bindings as a whole (no binding for the size).
  const visual = root.children.find((c) => c.name === 'visual');
  return { ok: true, notification: tile.tile, at: at(visual ?? root) };
}
