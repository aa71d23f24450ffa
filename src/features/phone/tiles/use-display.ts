import {
  accentColours,
  profileOf,
  safeColour,
  themeColours,
  type Accent,
  type DeviceProfile,
} from '../../../components/notification';
import { useTilecast } from '../../../store/react';

/** The profile and colours the phone draws with, from the store's display settings. */
export function useDisplay(): {
  profile: DeviceProfile;
  theme: 'dark' | 'light' | 'highContrast';
  accent: string;
  background: string;
  foreground: string;
  paused: boolean;
} {
  const display = useTilecast((s) => s.display);
  const colours = themeColours[display.theme];
  return {
    profile: profileOf(display.profile),
    theme: display.theme,
    accent: accentColours[display.accent as Accent] ?? accentColours.cobalt,
    ...colours,
    paused: display.motionPaused,
  };
}

/** An app's tile colour, validated; high contrast draws tiles black. */
export function tileColour(appColour: string, theme: string): string {
  if (theme === 'highContrast') return '#000000';
  return safeColour(appColour) ?? '#0050EF';
}
