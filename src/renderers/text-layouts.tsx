import type { ReactNode } from 'react';
import { Header, Line, Wrapped, type Ctx } from './layout-parts';
import { hasHeader, suffixOf, twoColumns, wraps } from './text';
import { TileImage } from './TileImage';

/** Text-only templates: an optional header, then lines, wrapped text or two columns. [S47] */
export function TextBody({ content, phone }: Ctx) {
  const { template, texts } = content;
  const header = hasHeader(template);
  const rest = header ? texts.slice(1) : texts;
  const large = content.size === 'large';
  const lines = large ? 9 : content.size === 'wide' ? 4 : 4;
  let body: ReactNode;
  if (twoColumns(template)) {
    // Text07/08 (and narrower 10/11): a label column beside the content (not bold in Microsoft's
    // pictures); an auto column took the whole width and hid the content.
    const pairs = /Text0[78]|Text1[01]/.test(template);
    body = (
      <span
        className={`grid gap-x-3 ${pairs ? (/Text1[01]/.test(template) ? 'grid-cols-[1fr_4fr]' : 'grid-cols-[1fr_2fr]') : 'grid-cols-2'}`}
      >
        {rest.map((t, i) => (
          <Line key={i} text={t || '\u00a0'} />
        ))}
      </span>
    );
  } else if (wraps(template)) {
    const big = /^(TileWide(310x150)?Text03|TileSquare310x310Text09)$/.test(template);
    body = rest.map((t, i) => (
      <Wrapped
        key={i}
        text={t}
        lines={big ? 3 : header ? lines - 1 : lines}
        className={big ? 'text-[1.43em] leading-tight' : ''}
      />
    ));
  } else body = rest.map((t, i) => <Line key={i} text={t} />);
  const bigFirst = /^(TileWide(310x150)?Text03)$/.test(template);
  return (
    // Windows keeps a wider margin than the phone (16 px left, as the pictures show).
    <div
      className={`absolute inset-0 flex flex-col leading-snug ${phone ? 'p-[0.7em]' : 'px-[1.15em] pt-[1em] pb-[0.7em]'}`}
    >
      {header && !bigFirst && <Header text={texts[0]} />}
      {bigFirst ? (
        <Wrapped
          text={texts[0]}
          lines={3}
          className={phone ? 'text-[1.43em] leading-tight' : 'text-[1.65em] leading-[1.35]'}
        />
      ) : (
        body
      )}
    </div>
  );
}

/** Block templates: the big number with its label, and text beside it on wide/large. */
export function BlockBody(ctx: Ctx) {
  const { content } = ctx;
  const { texts, template } = content;
  const block = (n?: string, label?: string) => (
    <span className="flex max-w-[45%] flex-col items-end">
      <span className="max-w-full truncate text-[4em] leading-none font-light">{n}</span>
      <Line text={label} className="font-semibold" />
    </span>
  );
  const suffix = suffixOf(template);
  if (content.size === 'medium' && ctx.phone)
    return (
      <div className="absolute inset-0 flex items-end justify-end gap-[0.5em] p-[0.7em]">
        <Line text={texts[1]} className="mb-[0.4em] min-w-0 font-semibold" />
        <span className="text-[2.6em] leading-none">{texts[0]}</span>
      </div>
    );
  if (content.size === 'medium')
    return (
      // Windows puts the block at the top left, its label right under it (TileSquareBlock).
      <div className="absolute inset-0 flex flex-col items-start p-[0.7em] pt-[0.1em]">
        <span className="text-[4.6em] leading-[1.1] font-light">{texts[0]}</span>
        <Line text={texts[1]} className="font-semibold" />
      </div>
    );
  const wideTwo = suffix === 'BlockAndText02' && content.size === 'wide';
  const left = wideTwo ? (
    <Wrapped text={texts[0]} lines={4} />
  ) : (
    texts
      .slice(0, -2)
      .map((t, i) => (
        <Line
          key={i}
          text={t}
          className={i === 0 && content.size === 'large' ? 'text-[1.43em]' : ''}
        />
      ))
  );
  const [n, label] = wideTwo ? [texts[1], texts[2]] : [texts.at(-2), texts.at(-1)];
  const row = (
    <div className="flex min-h-0 flex-1 gap-3">
      <span className="min-w-0 flex-1 self-center">{left}</span>
      {block(n, label)}
    </div>
  );
  return (
    <div className="absolute inset-0 flex flex-col gap-[0.5em] p-[0.7em]">
      {content.images[0] && (
        <TileImage
          image={content.images[0]}
          context={ctx.image}
          onFail={ctx.onFail}
          className="h-2/5 w-full"
        />
      )}
      {row}
    </div>
  );
}
