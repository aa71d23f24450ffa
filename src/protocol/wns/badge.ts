import { badgeGlyphs, type BadgeNotification } from '../notification';
import type { Diagnostic } from '../types';
import { at, type XmlElement } from '../xml';

export type BadgeResult =
  { ok: true; badge: BadgeNotification } | { ok: false; diagnostic: Diagnostic };

/** `<badge value="…"/>`: a whole number or a glyph name. [S42, S43] */
export function parseWnsBadge(root: XmlElement): BadgeResult {
  const value = root.attributes.value;
  if (value === undefined) {
    return {
      ok: false,
      diagnostic: {
        rule: 'badge.value.missing',
        message: 'A <badge> needs a value attribute',
        severity: 'error',
        ...at(root),
      },
    };
  }
  if (/^\d+$/.test(value)) return { ok: true, badge: { kind: 'badge', value: Number(value) } };
  const glyph = badgeGlyphs.find((g) => g === value);
  if (glyph) return { ok: true, badge: { kind: 'badge', value: glyph } };
  return {
    ok: false,
    diagnostic: {
      rule: 'badge.value.invalid',
      message: `Badge value "${value}" is neither a whole number nor a glyph (${badgeGlyphs.join(', ')})`,
      severity: 'error',
      ...at(root),
    },
  };
}
