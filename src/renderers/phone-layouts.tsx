import type { ReactNode } from 'react';
import { Line, Wrapped, type Ctx, type Faces } from './layout-parts';
import { TileImage } from './TileImage';

// Windows Phone 8.1 draws some Windows 8.1 templates its own way (the right-hand side of the
// TileTemplateType pictures): text where Windows put an image, the block on one line bottom
// right, a mosaic for the image collection. [S48]

const pad = 'p-[0.5em_0.6em]';
const secondary = 'text-[0.93em] leading-[1.4] font-semibold';

/** TileWideSmallImageAndText01 on the phone: no image, the text large over up to three lines. */
export function PhoneSmallImageAndText01({ content }: Ctx) {
  return (
    <div className={`absolute inset-0 ${pad}`}>
      <Wrapped text={content.texts[0]} lines={3} className="text-[1.43em] leading-[1.15]" />
    </div>
  );
}

/** The phone's block: label then number on one line, bottom right. */
const phoneBlock = (n?: string, label?: string) => (
  <div className="mt-auto flex items-end justify-end gap-[0.5em]">
    <Line text={label} className="mb-[0.35em] min-w-0 font-semibold" />
    <span className="shrink-0 text-[2.6em] leading-none">{n}</span>
  </div>
);

/** TileWideBlockAndText01/02 on the phone: the text top left, "label number" bottom right. */
export function PhoneWideBlock({ content }: Ctx) {
  const { texts } = content;
  const two = /BlockAndText02$/.test(content.template);
  const [n, label] = two ? [texts[1], texts[2]] : [texts[4], texts[5]];
  return (
    <div className={`absolute inset-0 flex flex-col ${pad}`}>
      {two ? (
        <Wrapped text={texts[0]} lines={4} className={secondary} />
      ) : (
        texts.slice(0, 4).map((t, i) => <Line key={i} text={t} className={secondary} />)
      )}
      {phoneBlock(n, label)}
    </div>
  );
}

/**
 * TileWideImageCollection on the phone: a 6 × 3 mosaic of squares, the images among squares in
 * tints of the tile colour, the fourth image over 2 × 2 at the bottom left (as the picture).
 * Cells: [image index or tint, column, row, span].
 */
const mosaic: [number | string, number, number, number][] = [
  ['0.15', 1, 1, 1],
  [2, 2, 1, 1],
  ['0.45', 3, 1, 2],
  [1, 5, 1, 1],
  [0, 6, 1, 1],
  [3, 1, 2, 2],
  ['0', 3, 3, 1],
  ['0.3', 4, 3, 1],
  ['0.45', 5, 2, 1],
  ['0.15', 6, 2, 1],
  ['0.3', 5, 3, 1],
  ['0', 6, 3, 1],
];

export function PhoneImageCollection({ content, image, onFail }: Ctx) {
  return (
    <div className="absolute inset-0 grid grid-cols-6 grid-rows-3">
      {mosaic.map(([what, col, row, span], i) => {
        const style = { gridColumn: `${col} / span ${span}`, gridRow: `${row} / span ${span}` };
        return typeof what === 'number' ? (
          <span key={i} className="relative" style={style}>
            <TileImage
              image={content.images[what]}
              context={image}
              onFail={onFail}
              className="absolute inset-0 size-full"
            />
          </span>
        ) : (
          <span
            key={i}
            aria-hidden="true"
            style={{ ...style, backgroundColor: `rgb(255 255 255 / ${what})` }}
          />
        );
      })}
    </div>
  );
}

/**
 * Iconic templates (TileSquare71x71/150x150IconWithBadge, TileWide310x150IconWithBadgeAndText):
 * small and medium centre the icon with the count beside it; wide puts the texts top left and
 * a small icon with the count bottom right. [S48]
 */
export function iconicFaces({ content, image, onFail }: Ctx, badge: ReactNode): Faces {
  const size = content.size;
  const icon = (className: string) => (
    <TileImage
      image={content.images[0]}
      context={image}
      onFail={onFail}
      className={`shrink-0 object-contain ${className}`}
    />
  );
  if (size === 'wide')
    return {
      front: (
        <div className={`absolute inset-0 flex flex-col ${pad}`}>
          <Line text={content.texts[0]} className="text-[1.43em] leading-[1.2]" />
          {content.texts.slice(1).map((t, i) => (
            <Line key={i} text={t} className={secondary} />
          ))}
          <span className="mt-auto flex items-center justify-end gap-[0.3em]">
            {icon('size-[2.2em]')}
            {badge}
          </span>
        </div>
      ),
    };
  return {
    front: (
      <div
        className={`absolute inset-0 flex items-center justify-center gap-[0.3em] ${size === 'small' ? '' : 'pb-[1.2em]'}`}
      >
        {icon(size === 'small' ? 'size-[2em]' : 'size-[3.4em]')}
        {badge}
      </div>
    ),
  };
}
