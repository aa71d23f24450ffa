import { tilePixels, type DeviceProfile, type TileSize } from '../../../renderers';

/** What Start shows for a tile the profile cannot draw: the contact sheet's own words. */
export function UnsupportedTile({
  profile,
  size,
  reason,
  foreground,
}: {
  profile: DeviceProfile;
  size: TileSize;
  reason: string;
  foreground: string;
}) {
  const [width, height] = tilePixels(profile, size);
  return (
    <p
      data-supported="false"
      data-size={size}
      className="flex items-center justify-center overflow-hidden border border-dashed p-1 text-center text-[10px] opacity-80"
      style={{ width, height, color: foreground, borderColor: foreground }}
    >
      not supported: {reason}
    </p>
  );
}
