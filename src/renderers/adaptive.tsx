import type { ReactNode } from 'react';
import { TileImage } from './TileImage';
import { adaptiveStyle, type ImageContext } from './text';
import type { Faces } from './wns-layouts';
import type { TextHintsView, TileContent } from './types';

type Ctx = { content: TileContent; image?: ImageContext; onFail?: (src: string) => void };

/** One adaptive text with its `hint-style` ramp, wrap and `hint-maxLines`. [S49] */
function AdaptiveText({ text, hints }: { text: string; hints: TextHintsView }) {
  const { size, weight, subtle } = adaptiveStyle(hints.style);
  const lines = hints.wrap ? (hints.maxLines ?? 99) : 1;
  const align = hints.align === 'center' || hints.align === 'right' ? hints.align : 'left';
  return (
    <span
      data-style={hints.style ?? 'caption'}
      className="block break-words"
      style={{
        fontSize: `${size / 15}em`,
        fontWeight: weight,
        opacity: subtle ? 0.6 : 1,
        textAlign: align,
        lineHeight: 1.25,
        display: '-webkit-box',
        WebkitLineClamp: lines,
        WebkitBoxOrient: 'vertical',
        overflow: 'hidden',
        ...(lines === 1 && { whiteSpace: 'nowrap', textOverflow: 'ellipsis', display: 'block' }),
      }}
    >
      {text}
    </span>
  );
}

const stacking = (value: string | undefined) =>
  value === 'center' ? 'center' : value === 'bottom' ? 'flex-end' : 'flex-start';

/** Windows 10 adaptive tiles: texts, groups/subgroups, background/peek images, overlay. [S49] */
export function adaptiveFaces({ content, image, onFail }: Ctx): Faces {
  const hints = content.textHints ?? [];
  const inline = content.images.filter((i) => !i.placement || i.placement === 'inline');
  const background = content.images.find((i) => i.placement === 'background');
  const peek = content.images.find((i) => i.placement === 'peek');
  const overlay = Math.min(100, Math.max(0, content.overlay ?? (background ? 20 : 0)));
  const blocks: ReactNode[] = [];
  const seenGroups = new Set<number>();
  content.texts.forEach((text, i) => {
    const h = hints[i] ?? {};
    if (h.group === undefined) {
      blocks.push(<AdaptiveText key={`t${i}`} text={text} hints={h} />);
      return;
    }
    if (seenGroups.has(h.group)) return;
    seenGroups.add(h.group);
    const weights = content.groups?.[h.group] ?? [];
    blocks.push(
      <div key={`g${h.group}`} className="flex gap-[0.5em]">
        {weights.map((w, s) => (
          <div key={s} className="min-w-0" style={{ flex: `${w || 1} 1 0` }}>
            {content.texts.map((t, j) =>
              hints[j]?.group === h.group && hints[j]?.subgroup === s ? (
                <AdaptiveText key={j} text={t} hints={hints[j]!} />
              ) : null,
            )}
          </div>
        ))}
      </div>,
    );
  });
  const front = (
    <>
      {background && (
        <>
          <TileImage
            image={background}
            context={image}
            onFail={onFail}
            className="absolute inset-0 size-full"
          />
          <span className="absolute inset-0 bg-black" style={{ opacity: overlay / 100 }} />
        </>
      )}
      <div
        className="absolute inset-0 flex flex-col gap-[0.2em] p-[0.55em] pb-[2em]"
        style={{ justifyContent: stacking(content.textStacking) }}
      >
        {inline.map((img, i) => (
          <TileImage
            key={i}
            image={img}
            context={image}
            onFail={onFail}
            className="max-h-[50%] self-center object-contain"
          />
        ))}
        {blocks}
      </div>
    </>
  );
  return peek
    ? {
        front: (
          <TileImage
            image={peek}
            context={image}
            onFail={onFail}
            className="absolute inset-0 size-full"
          />
        ),
        back: front,
      }
    : { front };
}
