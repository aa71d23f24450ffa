import { useTilecast } from '../../../store/react';

/** Grid classes for a WNS tile's size: wide (and large) tiles span both columns. */
export function useWnsTileClass(appId: string): string {
  const size = useTilecast((s) => s.device.wnsTiles[appId]?.size ?? 'medium');
  return size === 'wide' || size === 'large' ? 'col-span-2 aspect-[2/1]' : 'aspect-square';
}
