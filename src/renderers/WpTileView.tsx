import { tilePixels, type DeviceProfile, type TileSize } from './profiles';
import { countLabel, safeColour, type ImageContext } from './text';
import { TileImage } from './TileImage';
import { IconicFront } from './IconicFront';

export type WpTileData = { template: string; properties: Record<string, string> };

const faceImage = (src: string | undefined) => (src ? { src } : undefined);

/** A Windows Phone tile (WP7, Flip, Cycle, Iconic) at its size in the profile's pixels. [S6–S8, S12] */
export function WpTileView({
  tile,
  size = 'medium',
  appName,
  colour,
  profile,
  image,
  secondary,
  onImageFail,
}: {
  tile: WpTileData;
  size?: TileSize;
  appName: string;
  colour: string;
  profile: DeviceProfile;
  image?: ImageContext;
  secondary?: boolean;
  /** An image failed to load: the caller applies the platform's rule and logs it. */
  onImageFail?: (src: string) => void;
}) {
  const p = tile.properties;
  const [width, height] = tilePixels(profile, size);
  const k = tilePixels(profile, 'medium')[0] / 150;
  const iconic = tile.template === 'IconicTile';
  const cycle = tile.template === 'CycleTile';
  const wide = size === 'wide';
  const count = countLabel(p.Count);
  const background = (iconic && safeColour(p.BackgroundColor)) || colour;
  const title = 'Title' in p ? p.Title : secondary ? undefined : appName;
  const frontImage = wide
    ? (p.WideBackgroundImage ?? p.BackgroundImage)
    : size === 'small'
      ? (p.SmallBackgroundImage ?? p.BackgroundImage)
      : p.BackgroundImage;
  const backContent = wide ? (p.WideBackContent ?? p.BackContent) : p.BackContent;
  const backImage = wide
    ? (p.WideBackBackgroundImage ?? p.BackBackgroundImage)
    : p.BackBackgroundImage;
  const hasBack =
    (tile.template === 'Tile' || tile.template === 'FlipTile') &&
    size !== 'small' &&
    !!(p.BackTitle || backContent || backImage);
  const cycleImages = Array.from({ length: 9 }, (_, i) => p[`CycleImage${i + 1}`]).filter(
    (s): s is string => !!s,
  );
  const lines = [1, 2, 3].map((i) => p[`WideContent${i}`]).filter((t): t is string => !!t);
  const titleNode = title && size !== 'small' && (
    <span className="absolute bottom-[0.4em] left-[0.55em] text-[0.95em]">{title}</span>
  );
  const front = iconic ? (
    <IconicFront
      size={size}
      icon={size === 'small' ? (p.SmallIconImage ?? p.IconImage) : p.IconImage}
      count={count}
      lines={lines}
      image={image}
      onImageFail={onImageFail}
    />
  ) : (
    <>
      {cycle ? (
        <div
          className="tc-cycle absolute inset-x-0 top-0 flex flex-col"
          style={{ height: `${cycleImages.length * 100}%`, ['--n' as string]: cycleImages.length }}
        >
          {cycleImages.map((src, i) => (
            <TileImage
              key={i}
              image={{ src }}
              context={image}
              onFail={onImageFail}
              className="min-h-0 w-full flex-1"
            />
          ))}
        </div>
      ) : (
        <TileImage
          image={faceImage(frontImage)}
          context={image}
          onFail={onImageFail}
          className="absolute inset-0 size-full"
        />
      )}
      {count && (
        <span
          aria-label={`count ${count}`}
          className="absolute top-[0.4em] right-[0.4em] grid h-[1.7em] min-w-[1.7em] place-items-center rounded-full bg-black px-[0.3em] text-[0.9em] font-semibold"
        >
          {count}
        </span>
      )}
    </>
  );
  return (
    <div
      data-template={tile.template}
      data-size={size}
      className="relative overflow-hidden text-white"
      style={{
        width,
        height,
        backgroundColor: background,
        fontFamily: profile.font,
        fontSize: profile.ramp.body * k,
      }}
    >
      <div aria-label="front" className={`absolute inset-0 ${hasBack ? 'tc-flip-front' : ''}`}>
        {front}
        {titleNode}
      </div>
      {hasBack && (
        <div
          aria-label="back"
          className="tc-flip-back absolute inset-0"
          style={{ backgroundColor: background }}
        >
          <TileImage
            image={faceImage(backImage)}
            context={image}
            onFail={onImageFail}
            className="absolute inset-0 size-full"
          />
          {backContent && (
            // WP7's back shows BackContent large over four lines; Flip's is body-sized. [S6, S7]
            <p
              className={`absolute inset-x-[0.55em] top-[0.3em] line-clamp-4 ${tile.template === 'Tile' ? 'text-[1.75em] leading-[1.1]' : 'text-[1.05em] leading-[1.15]'}`}
            >
              {backContent}
            </p>
          )}
          {p.BackTitle && (
            <span className="absolute bottom-[0.4em] left-[0.55em] text-[0.95em]">
              {p.BackTitle}
            </span>
          )}
        </div>
      )}
    </div>
  );
}
