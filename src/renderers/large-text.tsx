import type { ReactNode } from 'react';
import { large } from './large-layouts';
import { Line, Wrapped, type Ctx } from './layout-parts';
import { suffixOf } from './text';
import { TileImage } from './TileImage';

// The 310×310 text, text-list and small-images-list templates, as the TileTemplateType pages
// describe and picture them. [S48]

const Heading = ({ text, lines = 1 }: { text?: string; lines?: number }) =>
  lines > 1 ? (
    <Wrapped text={text} lines={lines} className={large} />
  ) : (
    <Line text={text} className={large} />
  );

/** Column widths: equal (02, 04), label and content (05, 06), narrow label (07, 08). */
const columns: Record<string, string> = {
  Text02: 'grid-cols-2',
  Text04: 'grid-cols-2',
  Text05: 'grid-cols-[1fr_2fr]',
  Text06: 'grid-cols-[1fr_2fr]',
  Text07: 'grid-cols-[1fr_3fr]',
  Text08: 'grid-cols-[1fr_3fr]',
};

/** TileSquare310x310Text01–09 and TextList01–03. Returns undefined for other templates. */
export function largeTextBody({ content }: Ctx): ReactNode {
  if (content.size !== 'large') return undefined;
  const suffix = suffixOf(content.template);
  const t = content.texts;
  let body: ReactNode;
  if (suffix === 'Text01' || suffix === 'Text03') {
    const header = suffix === 'Text01';
    body = (
      <>
        {header && <Heading text={t[0]} />}
        {(header ? t.slice(1) : t).map((s, i) => (
          <Line key={i} text={s} />
        ))}
      </>
    );
  } else if (columns[suffix]) {
    const header = /Text0[257]/.test(suffix);
    body = (
      <>
        {header && <Heading text={t[0]} />}
        <span className={`grid gap-x-3 ${header ? 'mt-[0.3em]' : ''} ${columns[suffix]}`}>
          {(header ? t.slice(1) : t).map((s, i) => (
            <Line key={i} text={s || '\u00a0'} />
          ))}
        </span>
      </>
    );
  } else if (suffix === 'Text09') {
    body = (
      <>
        <Heading text={t[0]} lines={2} />
        <span className="block h-[0.8em]" />
        <Heading text={t[1]} />
        <Heading text={t[2]} />
        <span className="mt-auto block">
          <Line text={t[3]} />
          <Line text={t[4]} />
        </span>
      </>
    );
  } else if (/^TextList0[1-3]$/.test(suffix)) {
    const per = suffix === 'TextList01' ? 3 : suffix === 'TextList02' ? 1 : 2;
    body = [0, 1, 2].map((g) => {
      const [first, ...rest] = t.slice(g * per, g * per + per);
      return (
        <span key={g} className="mb-[0.6em] block">
          {suffix === 'TextList02' ? <Wrapped text={first} lines={3} /> : <Heading text={first} />}
          {suffix === 'TextList03' ? (
            <Wrapped text={rest[0]} lines={2} />
          ) : (
            rest.map((s, i) => <Line key={i} text={s} />)
          )}
        </span>
      );
    });
  } else return undefined;
  return (
    <div className="absolute inset-0 flex flex-col p-[0.7em] pb-[2.1em] leading-snug">{body}</div>
  );
}

/**
 * TileSquare310x310SmallImagesAndTextList01–05: three rows of a small image beside text (01: a
 * large heading over two lines; 02: text wrapped over three lines; 03/04: a large heading over
 * text wrapped over two lines, 04 with the image on the right; 05: a heading across the top,
 * then two lines per row).
 */
export function LargeListBody(ctx: Ctx) {
  const { content } = ctx;
  const suffix = suffixOf(content.template);
  const headed = suffix === 'SmallImagesAndTextList05';
  const texts = headed ? content.texts.slice(1) : content.texts;
  const per = { '01': 3, '02': 1, '03': 2, '04': 2, '05': 2 }[suffix.slice(-2)] ?? 2;
  const right = suffix.endsWith('04');
  return (
    <div className="absolute inset-0 flex flex-col gap-[0.6em] p-[0.7em] pb-[2.1em] leading-snug">
      {headed && <Heading text={content.texts[0]} />}
      {content.images.map((img, i) => {
        const [first, ...rest] = texts.slice(i * per, i * per + per);
        return (
          <div key={i} className={`flex gap-[0.7em] ${right ? 'flex-row-reverse' : ''}`}>
            <TileImage
              image={img}
              context={ctx.image}
              onFail={ctx.onFail}
              className={`${right ? 'h-[3.6em] w-[2.6em]' : 'size-[3.6em]'} shrink-0`}
            />
            <div className="min-w-0 flex-1">
              {per === 1 ? (
                <Wrapped text={first} lines={3} />
              ) : per === 2 && !headed ? (
                <>
                  <Heading text={first} />
                  <Wrapped text={rest[0]} lines={2} />
                </>
              ) : (
                <>
                  {headed ? <Line text={first} /> : <Heading text={first} />}
                  {rest.map((s, j) => (
                    <Line key={j} text={s} />
                  ))}
                </>
              )}
            </div>
          </div>
        );
      })}
    </div>
  );
}
