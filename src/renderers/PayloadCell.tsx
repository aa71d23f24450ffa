import { accentOf, themeColours, tileColour, tilePixels, type DeviceProfile } from './profiles';
import type { Theme, TileSize } from './profiles';
import type { PayloadView } from './sizes';
import { ToastView } from './ToastView';
import type { TileContent } from './types';
import { WnsTileView } from './WnsTileView';
import { WpTileView } from './WpTileView';

/** How a cell is drawn: the app it belongs to and the phone's look. */
export type CellLook = {
  appName: string;
  /** The app's tile colour (validated here); high contrast draws tiles black. */
  appColour: string;
  accent: string;
  theme: Theme;
  onImageFail?: (src: string, profile: DeviceProfile) => void;
};

/** MPNS tile changes as the phone's merged properties (a fresh tile: clears leave nothing). */
export const mpnsProperties = (changes: { name: string; clear: boolean; value: string }[]) =>
  Object.fromEntries(changes.filter((c) => !c.clear).map((c) => [c.name, c.value]));

/** The notification itself at one size (or the toast), as the phone's shell draws it. */
function Rendered({
  payload,
  size,
  binding,
  profile,
  look,
}: {
  payload: PayloadView;
  size: TileSize | 'toast';
  binding?: TileContent;
  profile: DeviceProfile;
  look: CellLook;
}) {
  const colour = tileColour(look.appColour, look.theme);
  const onImageFail = look.onImageFail && ((src: string) => look.onImageFail!(src, profile));
  if (payload.kind === 'toast' && size === 'toast') {
    const wp = profile.toast === 'wp-banner';
    return (
      // Windows 8 toasts size themselves (364 × 90); the others take the banner's width.
      <div
        className={profile.toast === 'win8-toast' ? 'w-max' : 'w-[300px]'}
        data-toast-style={profile.toast}
      >
        <ToastView
          toast={payload}
          appName={look.appName}
          colour={wp ? tileColour(accentOf(look.accent), look.theme) : colour}
          profile={profile}
          onImageFail={onImageFail}
        />
      </div>
    );
  }
  if (size === 'toast') return null;
  const frame = look.theme === 'highContrast' ? 'outline outline-2 outline-yellow-300' : '';
  if (payload.kind === 'mpnsTile')
    return (
      <div className={frame}>
        <WpTileView
          tile={{ template: payload.template, properties: mpnsProperties(payload.changes) }}
          size={size}
          appName={look.appName}
          colour={colour}
          profile={profile}
        />
      </div>
    );
  return (
    <div className={frame}>
      <WnsTileView
        content={binding}
        size={size}
        appName={look.appName}
        colour={colour}
        badge={payload.kind === 'badge' ? payload.value : undefined}
        profile={profile}
        onImageFail={onImageFail}
      />
    </div>
  );
}

/**
 * One cell: the payload at one size of one profile on the theme's Start screen background, or
 * "not supported" with the reason. `label` names the cell (its figure's accessible name).
 */
export function PayloadCell({
  payload,
  size,
  verdict,
  profile,
  look,
  label,
  caption,
}: {
  payload: PayloadView;
  size: TileSize | 'toast';
  verdict: { supported: true; binding?: TileContent } | { supported: false; reason: string };
  profile: DeviceProfile;
  look: CellLook;
  label: string;
  caption: string;
}) {
  const { background, foreground } = themeColours[look.theme];
  const platform = size === 'toast' ? undefined : profile.tiles[size];
  const [w, h] = size === 'toast' ? [300, 0] : tilePixels(profile, size);
  return (
    <figure
      aria-label={label}
      data-supported={verdict.supported}
      className="flex flex-col items-start gap-1 text-[10px]"
    >
      <div
        className="p-2"
        style={{ backgroundColor: background, color: foreground, minWidth: w + 16 }}
      >
        {verdict.supported ? (
          <Rendered
            payload={payload}
            size={size}
            binding={verdict.binding}
            profile={profile}
            look={look}
          />
        ) : (
          <p
            className="flex items-center justify-center border border-dashed border-current/40 p-1 text-center opacity-80"
            style={{ width: w, minHeight: h || 48 }}
          >
            not supported: {verdict.reason}
          </p>
        )}
      </div>
      <figcaption className="text-neutral-400">
        {caption}
        {platform && ` · ${platform[0]}×${platform[1]}`}
      </figcaption>
    </figure>
  );
}
