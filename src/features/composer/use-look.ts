import { accentColours, type Accent } from '../../renderers';
import type { CellLook } from '../../renderers/PayloadCell';
import { useTilecast } from '../../store/react';

/** The app the payload is for, as the phone draws it, with the phone's theme and accent. */
export function useLook(appId: string | undefined): Omit<CellLook, 'onImageFail'> {
  const app = useTilecast((s) => (appId ? s.device.apps[appId] : undefined));
  const display = useTilecast((s) => s.display);
  const accent = accentColours[display.accent as Accent] ?? accentColours.cobalt;
  return {
    appName: app?.name ?? 'Contoso News',
    appColour: app?.tileColor ?? accent,
    accent: display.accent,
    theme: display.theme,
  };
}
