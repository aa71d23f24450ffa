import type { WpTileState } from '../../../store';

/** What a Windows Phone tile face shows, derived from its current properties. [S6, S7, S8, S12] */
export type Face = { title?: string; content?: string; image?: string };

/** Count runs 0–99; 0 hides it. [S35] */
export const countOf = (tile: WpTileState) => {
  const n = Number(tile.properties.Count ?? 0);
  return n > 0 ? String(n) : null;
};

/** Only http(s) images can load here; package paths (/Assets/…) are named, not fetched. */
export const remoteImage = (src: string | undefined) =>
  src && /^https?:\/\//i.test(src) ? src : undefined;

/** #AARRGGBB → rgba(), checked before it reaches a style attribute. [S8] */
export function argb(value: string | undefined): string | undefined {
  const m = /^#([0-9A-Fa-f]{2})([0-9A-Fa-f]{6})$/.exec(value ?? '');
  if (!m) return undefined;
  const [a, rgb] = [parseInt(m[1]!, 16) / 255, m[2]!];
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(rgb.slice(i, i + 2), 16));
  return `rgba(${r}, ${g}, ${b}, ${a.toFixed(2)})`;
}

export function frontOf(tile: WpTileState, fallbackTitle: string): Face {
  const p = tile.properties;
  return {
    title: 'Title' in p ? p.Title : tile.navigationUri ? undefined : fallbackTitle,
    image: p.BackgroundImage ?? p.IconImage ?? p.CycleImage1,
  };
}

/** The back face of a Flip (or WP7) tile, when any back property is set. */
export function backOf(tile: WpTileState): Face | null {
  const p = tile.properties;
  if (tile.template !== 'Tile' && tile.template !== 'FlipTile') return null;
  if (!p.BackTitle && !p.BackContent && !p.BackBackgroundImage) return null;
  return { title: p.BackTitle, content: p.BackContent, image: p.BackBackgroundImage };
}

export const cycleImages = (tile: WpTileState) =>
  Array.from({ length: 9 }, (_, i) => tile.properties[`CycleImage${i + 1}`]).filter(
    (src): src is string => !!src,
  );

export const wideContent = (tile: WpTileState) =>
  [1, 2, 3].map((i) => tile.properties[`WideContent${i}`]).filter((t): t is string => !!t);
