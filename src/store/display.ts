import type { Get, Set } from './store';

/** How the phone is drawn: device profile, theme, accent and the global motion pause. */
export type DisplaySettings = {
  /** A profile id from renderers/profiles.ts. */
  profile: string;
  theme: 'dark' | 'light' | 'highContrast';
  /** A Windows Phone accent name; tiles without their own colour use it. */
  accent: string;
  /** Stops flip/peek/cycle animation, so screenshots are stable. */
  motionPaused: boolean;
};

export const initialDisplay = (): DisplaySettings => ({
  profile: 'win10mobile',
  theme: 'dark',
  accent: 'cobalt',
  motionPaused: false,
});

export type DisplayActions = { setDisplay(settings: Partial<DisplaySettings>): void };

export const displayActions = (set: Set, get: Get): DisplayActions => ({
  setDisplay(settings) {
    set({ display: { ...get().display, ...settings } });
  },
});
