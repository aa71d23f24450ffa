import type { ReactElement } from 'react';

// Badge glyphs drawn here as inline SVG (24×24, white strokes on the tile). [S42]
const s = { fill: 'none', stroke: 'currentColor', strokeWidth: 2 } as const;

export const glyphShapes: Record<string, ReactElement> = {
  activity: <path {...s} d="M3 12h4l2-6 4 12 2-6h6" />,
  alarm: (
    <g {...s}>
      <circle cx="12" cy="13" r="7" />
      <path d="M12 9v4l3 2M4 5l3-2M20 5l-3-2" />
    </g>
  ),
  alert: (
    <g {...s}>
      <path d="M12 3l10 18H2z" />
      <path d="M12 10v5M12 17v1" />
    </g>
  ),
  attention: (
    <g {...s}>
      <circle cx="12" cy="12" r="9" />
      <path d="M12 7v6M12 16v1" />
    </g>
  ),
  available: <circle cx="12" cy="12" r="7" fill="currentColor" />,
  away: (
    <g {...s}>
      <circle cx="12" cy="12" r="8" />
      <path d="M12 7v5h4" />
    </g>
  ),
  busy: (
    <g>
      <circle cx="12" cy="12" r="8" fill="currentColor" />
      <path d="M7 12h10" stroke="black" strokeWidth="2.5" />
    </g>
  ),
  error: (
    <g {...s}>
      <circle cx="12" cy="12" r="9" />
      <path d="M8 8l8 8M16 8l-8 8" />
    </g>
  ),
  newMessage: (
    <g {...s}>
      <rect x="3" y="6" width="18" height="12" />
      <path d="M3 6l9 7 9-7" />
    </g>
  ),
  paused: <path fill="currentColor" d="M7 5h3v14H7zM14 5h3v14h-3z" />,
  playing: <path fill="currentColor" d="M8 5l11 7-11 7z" />,
  unavailable: (
    <g {...s}>
      <circle cx="12" cy="12" r="8" />
      <path d="M6.5 17.5l11-11" />
    </g>
  ),
};

/** One badge glyph as an icon; `none` and unknown names draw nothing. */
export function Glyph({ name, size = 20 }: { name: string; size?: number }) {
  const shape = glyphShapes[name];
  if (!shape) return null;
  return (
    <svg
      role="img"
      aria-label={`badge ${name}`}
      viewBox="0 0 24 24"
      width={size}
      height={size}
      data-glyph={name}
    >
      {shape}
    </svg>
  );
}
