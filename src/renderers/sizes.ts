import { familyOf } from './text';
import { deviceProfiles, type DeviceProfile, type Theme, type TileSize } from './profiles';
import type { TileContent } from './types';
import type { ToastData } from './ToastView';

// Which sizes of a payload a device profile can show, and the contact sheet's cells. Pure data:
// the renderers draw what these say, and a size that cannot show says why. [S33, S44, S49, S56]

/** A parsed payload, structurally as the store's preview gives it (components stay off protocol/). */
export type PayloadView =
  | { kind: 'wnsTile'; bindings: TileContent[] }
  | {
      kind: 'mpnsTile';
      template: string;
      changes: { name: string; clear: boolean; value: string }[];
    }
  | ({ kind: 'toast' } & ToastData)
  | { kind: 'badge'; value: number | string }
  | { kind: 'raw'; bytes: { length: number } };

export const tileSizes: readonly TileSize[] = ['small', 'medium', 'wide', 'large'];
export const themes: readonly Theme[] = ['dark', 'light', 'highContrast'];
export const themeLabels: Record<Theme, string> = {
  dark: 'dark',
  light: 'light',
  highContrast: 'high contrast',
};

/** One size of one payload on one profile: the binding to draw, or why it cannot show. */
export type SizeVerdict =
  | { size: TileSize; supported: true; binding?: TileContent }
  | { size: TileSize; supported: false; reason: string };

const windows10 = (p: DeviceProfile) => p.id === 'win10mobile' || p.id === 'win10desktop';
const hasWns = (p: DeviceProfile) => p.id !== 'wp75' && p.id !== 'wp8';
const hasMpns = (p: DeviceProfile) => p.platform === 'phone';

/** Why the profile cannot show this payload at all, or undefined if it can. */
export function payloadUnsupported(
  payload: PayloadView,
  profile: DeviceProfile,
): string | undefined {
  if (payload.kind === 'raw')
    return 'raw notifications have no visual; only the running app reads them';
  const mpns =
    payload.kind === 'mpnsTile' || (payload.kind === 'toast' && payload.template === 'wp:Toast');
  if (mpns && !hasMpns(profile)) return `${profile.label} has no MPNS (Windows Phone only)`;
  if (!mpns && !hasWns(profile))
    return `${profile.label} has no WNS (it came with Windows Phone 8.1)`;
  if (payload.kind === 'mpnsTile' && payload.template !== 'Tile' && profile.id === 'wp75')
    return `${payload.template} needs Windows Phone 7.8 or 8`;
  if (payload.kind === 'toast' && payload.template === 'ToastGeneric' && !windows10(profile))
    return 'ToastGeneric needs Windows 10';
  return undefined;
}

/** The tile sizes of a tile or badge payload on a profile, every size in order. */
export function sizeVerdicts(payload: PayloadView, profile: DeviceProfile): SizeVerdict[] {
  const whole = payloadUnsupported(payload, profile);
  return tileSizes.map((size): SizeVerdict => {
    if (!profile.tiles[size])
      return { size, supported: false, reason: `${profile.label} has no ${size} tile` };
    if (whole) return { size, supported: false, reason: whole };
    if (payload.kind === 'mpnsTile' && payload.template === 'Tile' && profile.id === 'wp75')
      return size === 'medium'
        ? { size, supported: true }
        : { size, supported: false, reason: 'the WP7 tile is medium only on Windows Phone 7.5' };
    if (payload.kind !== 'wnsTile') return { size, supported: true };
    const binding = payload.bindings.find((b) => b.size === size);
    if (!binding)
      return {
        size,
        supported: false,
        reason: `no ${size} binding: a ${size} tile holds this update until it is resized`,
      };
    if (familyOf(binding.template) === 'adaptive' && !windows10(profile))
      return { size, supported: false, reason: `${binding.template} needs Windows 10` };
    return { size, supported: true, binding };
  });
}

/** One cell of the contact sheet: profile · size · theme. */
export type SheetCell = {
  profile: DeviceProfile;
  theme: Theme;
  /** A tile size, or the toast (which has one size per profile). */
  size: TileSize | 'toast';
  verdict: { supported: true; binding?: TileContent } | { supported: false; reason: string };
  label: string;
};

const cellLabel = (profile: DeviceProfile, size: string, theme: Theme) =>
  `${profile.label} · ${size} · ${themeLabels[theme]}`;

/** Every size × theme × profile of one payload, in reading order (profile, theme, size). */
export function sheetCells(
  payload: PayloadView,
  profiles: readonly DeviceProfile[] = deviceProfiles,
): SheetCell[] {
  const cells: SheetCell[] = [];
  for (const profile of profiles)
    for (const theme of themes) {
      if (payload.kind === 'toast' || payload.kind === 'raw') {
        const reason = payloadUnsupported(payload, profile);
        cells.push({
          profile,
          theme,
          size: 'toast',
          verdict: reason ? { supported: false, reason } : { supported: true },
          label: cellLabel(profile, payload.kind, theme),
        });
        continue;
      }
      for (const { size, ...verdict } of sizeVerdicts(payload, profile))
        cells.push({ profile, theme, size, verdict, label: cellLabel(profile, size, theme) });
    }
  return cells;
}
