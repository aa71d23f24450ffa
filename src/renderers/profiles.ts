// Device profiles as data: tile pixel sizes, type ramp and toast style per platform. [S33, S34, S56]
// What a profile changes in behaviour (the image rule) is the phone's: device/profile-rules.ts.
import { safeColour } from './text';

export type TileSize = 'small' | 'medium' | 'wide' | 'large';
export type ProfileId = 'wp75' | 'wp8' | 'wp81' | 'win81' | 'win10mobile' | 'win10desktop';
export type ToastStyle = 'wp-banner' | 'win8-toast' | 'win10-banner' | 'win10-popup';

export type DeviceProfile = {
  id: ProfileId;
  label: string;
  platform: 'phone' | 'windows';
  /** Tile sizes in the platform's own pixels; a missing size does not exist there. */
  tiles: Partial<Record<TileSize, readonly [number, number]>>;
  /** Screen pixels per platform pixel inside the 340 px emulated screen. */
  scale: number;
  /** Start screen columns of medium tiles. */
  columns: number;
  /** Pixel sizes of the type ramp at medium-tile scale. */
  ramp: { caption: number; body: number; header: number; block: number; count: number };
  toast: ToastStyle;
  /** Peek templates: Windows slides, Phone 8.1 flips. */
  peek: 'slide' | 'flip';
  font: string;
};

const SEGOE_WP = "'Segoe WP', 'Segoe UI', 'Open Sans Variable', system-ui, sans-serif";
const SEGOE_UI = "'Segoe UI', 'Open Sans Variable', system-ui, sans-serif";

/** What every Windows Phone 7.5–8.1 profile shares: the phone shell's banner and flip. */
const windowsPhoneShell = {
  platform: 'phone',
  toast: 'wp-banner',
  peek: 'flip',
  font: SEGOE_WP,
} as const;

export const deviceProfiles: readonly DeviceProfile[] = [
  {
    id: 'wp75',
    label: 'Windows Phone 7.5',
    tiles: { medium: [173, 173], wide: [358, 173] },
    scale: 0.85,
    columns: 2,
    ramp: { caption: 13, body: 15, header: 20, block: 56, count: 34 },
    ...windowsPhoneShell,
  },
  {
    id: 'wp8',
    label: 'Windows Phone 8',
    tiles: { small: [159, 159], medium: [336, 336], wide: [691, 336] },
    scale: 0.46,
    columns: 2,
    ramp: { caption: 13, body: 15, header: 20, block: 56, count: 34 },
    ...windowsPhoneShell,
  },
  {
    id: 'wp81',
    label: 'Windows Phone 8.1',
    tiles: { small: [71, 71], medium: [150, 150], wide: [310, 150] },
    scale: 1,
    columns: 2,
    ramp: { caption: 12, body: 14, header: 20, block: 56, count: 34 },
    ...windowsPhoneShell,
  },
  {
    id: 'win81',
    platform: 'windows',
    label: 'Windows 8.1 Start',
    tiles: { small: [70, 70], medium: [150, 150], wide: [310, 150], large: [310, 310] },
    scale: 1,
    columns: 2,
    ramp: { caption: 11, body: 14, header: 20, block: 56, count: 34 },
    toast: 'win8-toast',
    peek: 'slide',
    font: SEGOE_UI,
  },
  {
    id: 'win10mobile',
    platform: 'phone',
    label: 'Windows 10 Mobile',
    tiles: { small: [71, 71], medium: [150, 150], wide: [310, 150] },
    scale: 1,
    columns: 2,
    ramp: { caption: 12, body: 15, header: 20, block: 56, count: 34 },
    toast: 'win10-banner',
    peek: 'slide',
    font: SEGOE_UI,
  },
  {
    id: 'win10desktop',
    platform: 'windows',
    label: 'Windows 10 desktop Start',
    tiles: { small: [71, 71], medium: [150, 150], wide: [310, 150], large: [310, 310] },
    scale: 1,
    columns: 2,
    ramp: { caption: 12, body: 15, header: 20, block: 56, count: 34 },
    toast: 'win10-popup',
    peek: 'slide',
    font: SEGOE_UI,
  },
];

export const DEFAULT_PROFILE: ProfileId = 'win10mobile';

export const profileOf = (id: string | undefined): DeviceProfile =>
  deviceProfiles.find((p) => p.id === id) ?? deviceProfiles.find((p) => p.id === DEFAULT_PROFILE)!;

/** The size to draw in screen pixels; a size the platform lacks falls back to medium. */
export function tilePixels(profile: DeviceProfile, size: TileSize): [number, number] {
  const [w, h] = profile.tiles[size] ?? profile.tiles.medium!;
  return [Math.round(w * profile.scale), Math.round(h * profile.scale)];
}

/** Windows Phone accent colours, and the themes. */
export const accentColours = {
  lime: '#A4C400',
  green: '#60A917',
  emerald: '#008A00',
  teal: '#00ABA9',
  cyan: '#1BA1E2',
  cobalt: '#0050EF',
  indigo: '#6A00FF',
  violet: '#AA00FF',
  pink: '#F472D0',
  magenta: '#D80073',
  crimson: '#A20025',
  red: '#E51400',
  orange: '#FA6800',
  amber: '#F0A30A',
  yellow: '#E3C800',
  brown: '#825A2C',
  olive: '#6D8764',
  steel: '#647687',
  mauve: '#76608A',
  taupe: '#87794E',
} as const;
export type Accent = keyof typeof accentColours;
export type Theme = 'dark' | 'light' | 'highContrast';

export const themeColours: Record<Theme, { background: string; foreground: string }> = {
  dark: { background: '#000000', foreground: '#FFFFFF' },
  light: { background: '#FFFFFF', foreground: '#000000' },
  highContrast: { background: '#000000', foreground: '#FFFF00' },
};

/** An accent name as its colour; cobalt when unknown. */
export const accentOf = (accent: string): string =>
  accentColours[accent as Accent] ?? accentColours.cobalt;

/** An app's tile colour, validated; high contrast draws tiles black. */
export function tileColour(appColour: string, theme: string): string {
  if (theme === 'highContrast') return '#000000';
  return safeColour(appColour) ?? '#0050EF';
}
