import type { DeviceState } from '../state';

/** What uninstalling removes of an app's MPNS state: its live tiles and in-app toasts. */
export function forgetMpnsApp(
  state: DeviceState,
  appId: string,
): Pick<DeviceState, 'wpTiles' | 'appToasts'> {
  const wpTiles = Object.fromEntries(
    Object.entries(state.wpTiles ?? {}).filter(([, tile]) => tile.appId !== appId),
  );
  const appToasts = { ...state.appToasts };
  delete appToasts[appId];
  return { wpTiles, appToasts };
}
