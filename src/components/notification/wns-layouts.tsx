import type { ReactNode } from 'react';
import { TileImage } from './TileImage';
import { familyOf, hasHeader, suffixOf, twoColumns, wraps, type ImageContext } from './text';
import type { TileContent } from './types';

export type Faces = { front: ReactNode; back?: ReactNode };
type Ctx = {
  content: TileContent;
  image?: ImageContext;
  onFail?: (src: string) => void;
  /** Phone block tiles put the label and number on one line, bottom right. */
  phone?: boolean;
};

const Line = ({ text, className = '' }: { text: string | undefined; className?: string }) =>
  text ? <span className={`block truncate ${className}`}>{text}</span> : null;

const Header = ({ text }: { text: string | undefined }) => (
  <Line text={text} className="text-[1.43em] leading-tight font-normal" />
);

const Wrapped = ({
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
      className={`block break-words ${className}`}
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

/** Text-only templates: an optional header, then lines, wrapped text or two columns. [S47] */
function TextBody({ content }: Ctx) {
  const { template, texts } = content;
  const header = hasHeader(template);
  const rest = header ? texts.slice(1) : texts;
  const large = content.size === 'large';
  const lines = large ? 9 : content.size === 'wide' ? 4 : 4;
  let body: ReactNode;
  if (twoColumns(template)) {
    const pairs = /Text0[78]|Text1[01]/.test(template);
    body = (
      <span className={`grid gap-x-3 ${pairs ? 'grid-cols-[auto_1fr]' : 'grid-cols-2'}`}>
        {rest.map((t, i) => (
          <Line
            key={i}
            text={t || '\u00a0'}
            className={pairs && i % 2 === 0 ? 'font-semibold' : ''}
          />
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
    <div className="absolute inset-0 flex flex-col p-[0.7em] leading-snug">
      {header && !bigFirst && <Header text={texts[0]} />}
      {bigFirst ? (
        <Wrapped text={texts[0]} lines={3} className="text-[1.43em] leading-tight" />
      ) : (
        body
      )}
    </div>
  );
}

/** Block templates: the big number with its label, and text beside it on wide/large. */
function BlockBody(ctx: Ctx) {
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
      <div className="absolute inset-0 flex flex-col items-start justify-end p-[0.7em] pb-[2.2em]">
        <span className="text-[4em] leading-none font-light">{texts[0]}</span>
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

const fill = 'absolute inset-0 size-full';

function CollectionImages({ content, image, onFail, from = 0 }: Ctx & { from?: number }) {
  const imgs = content.images.slice(from);
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

/** Image plus text: a text band along the bottom (or an overlay on 310×310). */
function ImageAndTextBody(ctx: Ctx) {
  const { content } = ctx;
  const collection = /ImageCollection/.test(content.template);
  return (
    <>
      {collection ? (
        <CollectionImages {...ctx} />
      ) : (
        <TileImage
          image={content.images[0]}
          context={ctx.image}
          onFail={ctx.onFail}
          className={fill}
        />
      )}
      <div className="absolute inset-x-0 bottom-0 bg-black/50 px-[0.7em] py-[0.4em]">
        {content.texts.map((t, i) => (
          <Line
            key={i}
            text={t}
            className={i === 0 && content.texts.length > 1 ? 'font-semibold' : ''}
          />
        ))}
      </div>
    </>
  );
}

function SmallImageBody(ctx: Ctx) {
  const { content } = ctx;
  const [first, ...rest] = content.texts;
  return (
    <div className="absolute inset-0 flex gap-[0.7em] p-[0.7em]">
      <TileImage
        image={content.images[0]}
        context={ctx.image}
        onFail={ctx.onFail}
        className="size-[5em] shrink-0"
      />
      <div className="min-w-0 flex-1">
        {rest.length > 0 ? <Header text={first} /> : <Wrapped text={first} lines={4} />}
        {rest.map((t, i) => (
          <Line key={i} text={t} />
        ))}
      </div>
    </div>
  );
}

function ListBody(ctx: Ctx) {
  const { content } = ctx;
  const per = Math.ceil(content.texts.length / 3);
  return (
    <div className="absolute inset-0 flex flex-col gap-[0.7em] p-[0.7em]">
      {content.images.map((img, i) => (
        <div key={i} className="flex gap-[0.7em]">
          <TileImage
            image={img}
            context={ctx.image}
            onFail={ctx.onFail}
            className="size-[4em] shrink-0"
          />
          <div className="min-w-0">
            {content.texts.slice(i * per, i * per + per).map((t, j) => (
              <Line key={j} text={t} className={j === 0 ? 'font-semibold' : ''} />
            ))}
          </div>
        </div>
      ))}
    </div>
  );
}

/** Peek templates: images on the front, the text layout on the back. [S47] */
function peekFaces(ctx: Ctx): Faces {
  const { content } = ctx;
  const collection = /PeekImageCollection/.test(content.template);
  const twoImages = /PeekImage0[56]/.test(content.template);
  const front = collection ? (
    <CollectionImages {...ctx} />
  ) : (
    <TileImage image={content.images[0]} context={ctx.image} onFail={ctx.onFail} className={fill} />
  );
  const backText = (
    <div className="absolute inset-0 flex flex-col p-[0.7em]">
      {content.texts.length > 1 ? (
        <Header text={content.texts[0]} />
      ) : (
        <Wrapped text={content.texts[0]} lines={4} />
      )}
      {content.texts.slice(1).map((t, i) => (
        <Line key={i} text={t} />
      ))}
    </div>
  );
  const back = twoImages ? (
    <div className="absolute inset-0 flex">
      <TileImage
        image={content.images[1]}
        context={ctx.image}
        onFail={ctx.onFail}
        className="h-full w-1/2"
      />
      <div className="relative w-1/2">{backText}</div>
    </div>
  ) : (
    backText
  );
  return { front, back };
}

/** The front (and back, for peek templates) of a Windows 8/8.1 template tile. */
export function templateFaces(ctx: Ctx): Faces {
  switch (familyOf(ctx.content.template)) {
    case 'peek':
      return peekFaces(ctx);
    case 'block':
      return { front: <BlockBody {...ctx} /> };
    case 'image':
      return {
        front: (
          <TileImage
            image={ctx.content.images[0]}
            context={ctx.image}
            onFail={ctx.onFail}
            className={fill}
          />
        ),
      };
    case 'imageCollection':
      return {
        front: ctx.content.texts.length ? (
          <ImageAndTextBody {...ctx} />
        ) : (
          <CollectionImages {...ctx} />
        ),
      };
    case 'imageAndText':
      return { front: <ImageAndTextBody {...ctx} /> };
    case 'smallImageAndText':
      return { front: <SmallImageBody {...ctx} /> };
    case 'largeList':
      return { front: <ListBody {...ctx} /> };
    default:
      return { front: <TextBody {...ctx} /> };
  }
}
