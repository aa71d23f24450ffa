import { safeColour } from './text';
import { tileSizes, sizeVerdicts, type PayloadView } from './sizes';
import type { DeviceProfile, ProfileId, Theme, TileSize } from './profiles';

// The Start screen of each device profile as data: how its grid is built, which sizes a tile
// may take there, its colour, and whether the profile can show it at all. [S33, S34, S56]

export type StartKind = 'phone' | 'wp7' | 'win81' | 'win10menu';

export type StartLayout = {
  kind: StartKind;
  /** Screen pixels of one grid cell: a small tile (a medium one on Windows Phone 7). */
  unit: number;
  gap: number;
  /** Grid columns (in cells) on phones; rows per group column on Windows 8.1 Start. */
  cells: number;
  /** Space around the grid, in screen pixels. */
  padding: number;
};

// Each grid reproduces the profile's own tile pixels: WP8's 159/336/691 (scaled 0.46) is a cell
// of 73 with 9 between, so two medium tiles fit side by side on a 340 px screen.
const layouts: Record<ProfileId, StartLayout> = {
  wp75: { kind: 'wp7', unit: 147, gap: 10, cells: 2, padding: 10 },
  wp8: { kind: 'phone', unit: 73, gap: 9, cells: 4, padding: 10 },
  wp81: { kind: 'phone', unit: 71, gap: 8, cells: 4, padding: 16 },
  win10mobile: { kind: 'phone', unit: 71, gap: 8, cells: 4, padding: 16 },
  win81: { kind: 'win81', unit: 70, gap: 10, cells: 4, padding: 40 },
  win10desktop: { kind: 'win10menu', unit: 71, gap: 8, cells: 6, padding: 12 },
};

/** Width of Windows Phone 7's arrow column (to the app list), right of the tiles. */
export const WP7_ARROW = 24;

export const startLayoutOf = (profile: DeviceProfile): StartLayout => layouts[profile.id];

/** Grid cells a tile of one size covers, as [columns, rows]. */
export function spanOf(layout: StartLayout, size: TileSize): [number, number] {
  if (layout.kind === 'wp7') return size === 'wide' ? [2, 1] : [1, 1];
  const side = { small: 1, medium: 2, wide: 4, large: 4 }[size];
  return [side, size === 'wide' ? 2 : side];
}

/** What a tile on Start is, as far as sizes and support go. */
export type StartTileKind = { service: 'wns' } | { service: 'mpns'; template: string };

/**
 * The sizes the tile's size menu offers on a profile: the profile's own tile sizes; a WP7 tile
 * on Windows Phone 7.5 is medium only. [S33]
 */
export function startSizes(profile: DeviceProfile, tile: StartTileKind): TileSize[] {
  const sizes = tileSizes.filter((s) => profile.tiles[s]);
  if (tile.service === 'mpns') {
    if (tile.template === 'Tile' && profile.id === 'wp75') return ['medium'];
    return sizes.filter((s) => s !== 'large');
  }
  return sizes;
}

/** The size a tile is drawn at: its own, or medium where the profile has no such size. */
export function startSize(profile: DeviceProfile, tile: StartTileKind, size: TileSize): TileSize {
  return startSizes(profile, tile).includes(size) ? size : 'medium';
}

/**
 * A tile's background on Start: the colour the app sets for itself, or the phone's accent, as
 * on Windows Phone. High contrast draws every tile black (the frame then outlines it).
 */
export function startTileColour(appColour: string | undefined, accent: string, theme: Theme) {
  if (theme === 'highContrast') return '#000000';
  return safeColour(appColour) ?? safeColour(accent) ?? '#0050EF';
}

/**
 * Why the profile cannot show what the tile holds, by the contact sheet's own rule (sizes.ts):
 * an adaptive binding before Windows 10, MPNS on Windows, WNS before Windows Phone 8.1.
 */
export function startUnsupported(payload: PayloadView, profile: DeviceProfile, size: TileSize) {
  const verdict = sizeVerdicts(payload, profile).find((v) => v.size === size);
  return verdict && !verdict.supported ? verdict.reason : undefined;
}

/**
 * Windows 8.1 Start fills a group column by column, each as wide as a wide tile (four cells)
 * and `rows` cells tall. Returns the tiles (by index) of each column, in order.
 */
export function packColumns(sizes: readonly TileSize[], rows: number): number[][] {
  const area = { small: 1, medium: 4, wide: 8, large: 16 };
  const capacity = rows * 4;
  const columns: number[][] = [];
  let used = capacity;
  sizes.forEach((size, i) => {
    const need = Math.min(area[size], capacity);
    if (used + need > capacity) {
      columns.push([]);
      used = 0;
    }
    columns.at(-1)!.push(i);
    used += need;
  });
  return columns;
}
