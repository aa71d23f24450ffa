import type { TileSize } from './profiles';
import type { ImageContext } from './text';
import { TileImage } from './TileImage';

/**
 * The front of a Windows Phone 8 Iconic tile (the Iconic template diagram): small and medium
 * centre the icon with the count beside it (medium large); wide puts WideContent1 large and
 * WideContent2–3 below it at the top left, and a small icon with the count at the bottom right.
 * The Title row at the bottom left is drawn by the tile. [S8]
 */
export function IconicFront({
  size,
  icon,
  count,
  lines,
  image,
  onImageFail,
}: {
  size: TileSize;
  icon: string | undefined;
  count: string | null;
  lines: string[];
  image?: ImageContext;
  onImageFail?: (src: string) => void;
}) {
  const iconNode = (className: string) => (
    <TileImage
      image={icon ? { src: icon } : undefined}
      context={image}
      onFail={onImageFail}
      className={`shrink-0 object-contain ${className}`}
    />
  );
  const countNode = (className: string) =>
    count && (
      <span aria-label={`count ${count}`} className={`shrink-0 leading-none ${className}`}>
        {count}
      </span>
    );
  if (size === 'wide')
    return (
      <div className="absolute inset-0 flex flex-col p-[0.45em_0.6em]">
        {lines.map((t, i) => (
          <span
            key={i}
            className={`block truncate ${i === 0 ? 'text-[1.4em] leading-[1.2]' : 'text-[0.9em] leading-[1.45] font-semibold'}`}
          >
            {t}
          </span>
        ))}
        <span className="mt-auto flex items-center justify-end gap-[0.25em]">
          {iconNode('size-[2em]')}
          {countNode('text-[2.3em]')}
        </span>
      </div>
    );
  const small = size === 'small';
  return (
    <div
      className={`absolute inset-0 flex items-center justify-center ${small ? 'gap-[0.15em]' : 'gap-[0.3em] pb-[0.6em]'}`}
    >
      {iconNode(small ? 'size-[1.7em]' : 'size-[4.6em]')}
      {countNode(small ? 'text-[1.35em]' : 'text-[2.7em]')}
      {lines.length > 0 && <span className="sr-only">{lines.join(' · ')}</span>}
    </div>
  );
}
