import { accentOf, profileOf, themeColours, type DeviceProfile } from '../../../renderers';
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
    accent: accentOf(display.accent),
    ...colours,
    paused: display.motionPaused,
  };
}
