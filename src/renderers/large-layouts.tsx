import { Line, Wrapped, fill, type Ctx } from './layout-parts';
import { TileImage } from './TileImage';

// Layouts checked against Microsoft's TileTemplateType pictures: the 310×310 block and overlay
// templates, and the accent-coloured text band of the image-and-text templates. [S47, S48]

/** Large type of the 310×310 templates (headings, overlay text). */
export const large = 'text-[1.6em] leading-[1.2] font-light';
/** Room kept free at the bottom for the branding row (name or logo, and the badge). */
const brandingRoom = 'pb-[2.1em]';

const Block = ({ n, label, align }: { n?: string; label?: string; align: 'start' | 'end' }) => (
  <span
    data-part="block"
    className={`flex max-w-[45%] shrink-0 flex-col ${align === 'end' ? 'items-end' : 'items-start'}`}
  >
    <span className="max-w-full truncate text-[4em] leading-none font-light">{n}</span>
    <Line text={label} className="max-w-full font-semibold" />
  </span>
);

/** The first image over the whole tile, darkened a little so text over it stays readable. */
const DarkenedImage = ({ content, image, onFail }: Ctx) => (
  <>
    <TileImage image={content.images[0]} context={image} onFail={onFail} className={fill} />
    <span className="absolute inset-0 bg-black/20" />
  </>
);

/**
 * TileSquare310x310BlockAndText01: a heading (two lines at most) over two lines, then four lines
 * in two sets at the bottom beside the block number and its label, bottom right.
 */
export function LargeBlockAndText01({ content }: Ctx) {
  const t = content.texts;
  return (
    <div className={`absolute inset-0 flex flex-col p-[0.7em] ${brandingRoom}`}>
      <Wrapped text={t[0]} lines={2} className={large} />
      <Line text={t[1]} className="mt-[0.2em]" />
      <Line text={t[2]} />
      <div className="mt-auto flex items-end gap-3">
        <span className="min-w-0 flex-1">
          <Line text={t[3]} />
          <Line text={t[4]} />
          <span className="block h-[0.6em]" />
          <Line text={t[5]} />
          <Line text={t[6]} />
        </span>
        <Block n={t[7]} label={t[8]} align="end" />
      </div>
    </div>
  );
}

/**
 * TileSquare310x310BlockAndText02: the image fills the tile (darkened a little), text1 is the
 * block top left, two large heading lines, then two sets of two lines.
 */
export function LargeBlockAndText02(ctx: Ctx) {
  const t = ctx.content.texts;
  return (
    <>
      <DarkenedImage {...ctx} />
      <div className={`absolute inset-0 flex flex-col p-[0.7em] ${brandingRoom}`}>
        <Block n={t[0]} align="start" />
        <Line text={t[1]} className={`mt-[0.2em] ${large}`} />
        <Line text={t[2]} className={large} />
        <span className="block h-[0.8em]" />
        <Line text={t[3]} />
        <Line text={t[4]} />
        <span className="block h-[0.6em]" />
        <Line text={t[5]} />
        <Line text={t[6]} />
      </div>
    </>
  );
}

/**
 * TileSquare310x310ImageAndTextOverlay01–03: the image fills the tile, darkened a little; large
 * text wraps over it (01: three lines at the bottom; 02/03: two lines at the top, then body text
 * at the bottom, wrapped over three lines (02) or three single lines (03)).
 */
export function LargeOverlay(ctx: Ctx) {
  const t = ctx.content.texts;
  const variant = ctx.content.template.slice(-2);
  return (
    <>
      <DarkenedImage {...ctx} />
      <div className={`absolute inset-0 flex flex-col p-[0.7em] ${brandingRoom}`}>
        {variant === '01' ? (
          <Wrapped text={t[0]} lines={3} className={`mt-auto ${large}`} />
        ) : (
          <>
            <Wrapped text={t[0]} lines={2} className={large} />
            <span className="mt-auto block">
              {variant === '02' ? (
                <Wrapped text={t[1]} lines={3} />
              ) : (
                t.slice(1).map((s, i) => <Line key={i} text={s} />)
              )}
            </span>
          </>
        )}
      </div>
    </>
  );
}

/**
 * The text band of the image-and-text templates: below the image, in the tile colour, text
 * centred (310×310) or left after the logo's room (wide); one text wraps over two lines, two texts take a line each. The band keeps clear of
 * the logo (bottom left) and the badge (bottom right).
 */
export function TextBand({
  texts,
  wide = false,
  named = false,
}: {
  texts: string[];
  wide?: boolean;
  /** The app name shows at the bottom (wide only): the band keeps a row free under its text. */
  named?: boolean;
}) {
  return (
    <div
      data-part="band"
      className={`shrink-0 pt-[0.35em] leading-snug ${wide ? 'pr-[2.2em] pl-[4.4em]' : 'px-[2.2em] text-center'} ${wide && named ? 'pb-[1.8em]' : 'pb-[0.35em]'}`}
    >
      {texts.length === 1 ? (
        <Wrapped text={texts[0]} lines={2} />
      ) : (
        texts.map((s, i) => <Line key={i} text={s} />)
      )}
    </div>
  );
}

/**
 * TileSquare310x310SmallImageAndText01: a medium image top left over a large heading, then text
 * wrapped over two lines and one more line.
 */
export function LargeSmallImageAndText(ctx: Ctx) {
  const t = ctx.content.texts;
  return (
    <div className={`absolute inset-0 flex flex-col p-[0.7em] leading-snug ${brandingRoom}`}>
      <TileImage
        image={ctx.content.images[0]}
        context={ctx.image}
        onFail={ctx.onFail}
        className="size-[5.6em] shrink-0"
      />
      <Line text={t[0]} className={`mt-[0.5em] ${large}`} />
      <Wrapped text={t[1]} lines={2} className="mt-[0.3em]" />
      <Line text={t[2]} className="mt-[0.3em]" />
    </div>
  );
}
