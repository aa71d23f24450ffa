import { adaptiveFaces } from './adaptive';
import { iconicFaces } from './phone-layouts';
import { Badge } from './Badge';
import { tilePixels, type DeviceProfile, type TileSize } from './profiles';
import { familyOf, imageUrl, type ImageContext } from './text';
import type { TileContent } from './types';
import { templateFaces, type Faces } from './wns-layouts';

export type WnsTileViewProps = {
  /** The update on show; none shows the app's plain tile. */
  content?: TileContent;
  size: TileSize;
  appName: string;
  /** Already validated tile colour. */
  colour: string;
  badge?: number | string;
  profile: DeviceProfile;
  image?: ImageContext;
  onImageFail?: (src: string) => void;
  /** Queue position, e.g. "Update 2 of 5". */
  position?: string;
};

/** The app's logo as its manifest names it (Square30x30Logo): the sample package's, or the designer's. */
const APP_LOGO = 'ms-appx:///Assets/Logo.svg';

/**
 * The 310×310 image-and-text templates allow only "logo" or "none": "name" reverts to "logo" on
 * Windows and "none" on the phone (TileTemplateType notes).
 */
function bandBranding(template: string | undefined, branding: string, platform: string) {
  if (!template || !/^TileSquare310x310Image(Collection)?AndText0[12]$/.test(template))
    return branding;
  if (branding !== 'name' && branding !== 'nameAndLogo') return branding;
  return platform === 'phone' ? 'none' : 'logo';
}

/** A WNS live tile at its size in the profile's pixels: template body, branding, badge. */
export function WnsTileView(props: WnsTileViewProps) {
  const { content, size, appName, colour, badge, profile } = props;
  const [width, height] = tilePixels(profile, size);
  const k = tilePixels(profile, 'medium')[0] / 150;
  const ctx = content && {
    content,
    image: props.image,
    onFail: props.onImageFail,
    phone: profile.platform === 'phone',
  };
  const family = content ? familyOf(content.template) : undefined;
  const badgeNode = <Badge value={badge} size={Math.round(14 * k)} />;
  // Iconic tiles draw the count large beside the icon (small tiles a little smaller).
  const iconicCount = (
    <Badge value={badge} size={Math.round((size === 'small' ? 20 : profile.ramp.count) * k)} />
  );
  let faces: Faces = { front: null };
  if (ctx && family === 'adaptive') faces = adaptiveFaces(ctx);
  else if (ctx && family === 'iconic') faces = iconicFaces(ctx, iconicCount);
  else if (ctx) faces = templateFaces(ctx);
  const adaptive = family === 'adaptive';
  const branding = bandBranding(
    content?.template,
    content?.branding ?? (adaptive ? 'name' : content ? 'logo' : 'name'),
    profile.platform,
  );
  const name = content?.displayName ?? appName;
  const showName = size !== 'small' && (branding === 'name' || branding === 'nameAndLogo');
  const showLogo = size !== 'small' && (branding === 'logo' || branding === 'nameAndLogo');
  return (
    <div
      data-template={content?.template}
      data-size={size}
      data-profile={profile.id}
      className="relative overflow-hidden text-white"
      style={{
        width,
        height,
        backgroundColor: colour,
        fontFamily: profile.font,
        fontSize: profile.ramp.body * k,
      }}
    >
      {faces.back ? (
        <div
          aria-label="Live tile content"
          className={`absolute inset-0 ${profile.peek === 'slide' ? 'tc-peek-slide' : 'tc-peek-flip'}`}
        >
          <div className="tc-face-front absolute inset-0">{faces.front}</div>
          <div className="tc-face-back absolute inset-0" style={{ backgroundColor: colour }}>
            {faces.back}
          </div>
        </div>
      ) : (
        <div aria-label={content ? 'Live tile content' : undefined} className="absolute inset-0">
          {faces.front}
        </div>
      )}
      <div className="pointer-events-none absolute inset-x-0 bottom-0 flex items-end gap-[0.4em] px-[0.55em] pb-[0.35em]">
        {showLogo && (
          // A background, not an <img>: the logo is the app's, not the notification's image.
          <span
            aria-hidden="true"
            data-part="logo"
            className="mb-[0.1em] size-[1.1em] bg-contain bg-center bg-no-repeat"
            style={{ backgroundImage: `url("${imageUrl(APP_LOGO, props.image)}")` }}
          />
        )}
        {showName && <span className="min-w-0 flex-1 truncate text-[0.9em]">{name}</span>}
        {!showName && <span className="flex-1" />}
        {family !== 'iconic' && badgeNode}
      </div>
      {props.position && (
        <span className="sr-only" aria-label={props.position}>
          {props.position}
        </span>
      )}
    </div>
  );
}
