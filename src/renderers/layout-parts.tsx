import type { ReactNode } from 'react';
import type { ImageContext } from './text';
import { TileImage } from './TileImage';
import type { TileContent } from './types';

// Building blocks the Windows 8/8.1 template layouts share.

export type Faces = { front: ReactNode; back?: ReactNode };
export type Ctx = {
  content: TileContent;
  image?: ImageContext;
  onFail?: (src: string) => void;
  /** Phone block tiles put the label and number on one line, bottom right. */
  phone?: boolean;
};

/** One line of tile text. Windows cuts it at the tile's edge, with no ellipsis (the pictures). */
export const Line = ({ text, className = '' }: { text: string | undefined; className?: string }) =>
  text ? (
    <span className={`block overflow-hidden whitespace-nowrap ${className}`}>{text}</span>
  ) : null;

export const Header = ({ text }: { text: string | undefined }) => (
  <Line text={text} className="text-[1.43em] leading-tight font-normal" />
);

export const Wrapped = ({
  text,
  lines,
  className = '',
}: {
  text?: string;
  lines: number;
  className?: string;
}) =>
  text ? (
    <span
      className={`block shrink-0 break-words ${className}`}
      style={{
        WebkitLineClamp: lines,
        display: '-webkit-box',
        WebkitBoxOrient: 'vertical',
        overflow: 'hidden',
      }}
    >
      {text}
    </span>
  ) : null;

export const fill = 'absolute inset-0 size-full';

export function CollectionImages({ content, image, onFail, from = 0 }: Ctx & { from?: number }) {
  const imgs = content.images.slice(from);
  // 310×310: four small squares across the top cut off the top of one full-tile image.
  if (content.size === 'large')
    return (
      <div className="absolute inset-0">
        <TileImage image={imgs[0]} context={image} onFail={onFail} className={fill} />
        <div className="absolute inset-x-0 top-0 grid grid-cols-4 gap-px">
          {imgs.slice(1, 5).map((img, i) => (
            <TileImage
              key={i}
              image={img}
              context={image}
              onFail={onFail}
              className="aspect-square w-full"
            />
          ))}
        </div>
      </div>
    );
  return (
    <div className="absolute inset-0 grid grid-cols-4 grid-rows-2 gap-px">
      {imgs.map((img, i) => (
        <TileImage
          key={i}
          image={img}
          context={image}
          onFail={onFail}
          className={i === 0 ? 'col-span-2 row-span-2 size-full' : 'size-full'}
        />
      ))}
    </div>
  );
}
