import { Glyph } from './glyphs';
import { countLabel } from './text';

/** A tile badge: a number (1–99, "99+") or a glyph icon; 0 and `none` show nothing. [S42] */
export function Badge({ value, size = 14 }: { value: number | string | undefined; size?: number }) {
  if (value === undefined || value === 'none') return null;
  if (typeof value === 'string' && !/^\d+$/.test(value)) return <Glyph name={value} size={size} />;
  const label = countLabel(value);
  if (!label) return null;
  return (
    <span aria-label={`badge ${label}`} className="font-semibold" style={{ fontSize: size }}>
      {label}
    </span>
  );
}
