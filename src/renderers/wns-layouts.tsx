import { TextBody, BlockBody } from './text-layouts';
import {
  CollectionImages,
  Header,
  Line,
  Wrapped,
  fill,
  type Ctx,
  type Faces,
} from './layout-parts';
import {
  LargeBlockAndText01,
  LargeBlockAndText02,
  LargeOverlay,
  LargeSmallImageAndText,
  TextBand,
  large,
} from './large-layouts';
import { LargeListBody, largeTextBody } from './large-text';
import { PhoneImageCollection, PhoneSmallImageAndText01, PhoneWideBlock } from './phone-layouts';
import { familyOf } from './text';
import { TileImage } from './TileImage';

export type { Faces } from './layout-parts';

/**
 * Image plus text: on Windows the image sits above a band in the tile colour (text centred on
 * 310×310, left of the logo's room on wide); on the phone the text lies over the image.
 */
function ImageAndTextBody(ctx: Ctx) {
  const { content } = ctx;
  const collection = /ImageCollection/.test(content.template);
  const image = collection ? (
    <CollectionImages {...ctx} />
  ) : (
    <TileImage image={content.images[0]} context={ctx.image} onFail={ctx.onFail} className={fill} />
  );
  if (ctx.phone)
    return (
      <>
        {image}
        <div className="absolute inset-x-0 bottom-0 px-[0.7em] pb-[0.4em]">
          {content.texts.map((t, i) => (
            <Line key={i} text={t} />
          ))}
        </div>
      </>
    );
  return (
    <div className="absolute inset-0 flex flex-col">
      <div className="relative min-h-0 flex-1">{image}</div>
      <TextBand
        texts={content.texts}
        wide={content.size === 'wide'}
        named={content.branding === 'name' || content.branding === 'nameAndLogo'}
      />
    </div>
  );
}

/**
 * Small image beside text (wide): 01 one large text over three lines, 03 regular text over four,
 * 02 a heading over four lines, 04/05 a heading over text wrapped over three (05: image right).
 */
function SmallImageBody(ctx: Ctx) {
  const { content } = ctx;
  const [first, ...rest] = content.texts;
  const suffix = content.template.slice(-2);
  let text;
  if (rest.length === 0)
    text =
      suffix === '01' ? (
        <Wrapped text={first} lines={3} className={large} />
      ) : (
        <Wrapped text={first} lines={4} />
      );
  else
    text = (
      <>
        <Header text={first} />
        {rest.length === 1 ? (
          <Wrapped text={rest[0]} lines={3} />
        ) : (
          rest.map((t, i) => <Line key={i} text={t} />)
        )}
      </>
    );
  return (
    <div
      className={`absolute inset-0 flex gap-[0.7em] p-[0.7em] ${suffix === '05' ? 'flex-row-reverse' : ''}`}
    >
      <TileImage
        image={content.images[0]}
        context={ctx.image}
        onFail={ctx.onFail}
        className="size-[5em] shrink-0"
      />
      <div className="min-w-0 flex-1">{text}</div>
    </div>
  );
}

/** Peek templates: images on the front, the text layout on the back. [S47] */
function peekFaces(ctx: Ctx): Faces {
  const { content } = ctx;
  const collection = /PeekImageCollection/.test(content.template);
  // 05/06 put one more, small image beside the text on the back.
  const twoImages = /PeekImage(Collection)?0[56]$/.test(content.template);
  const shown = twoImages ? content.images.length - 1 : content.images.length;
  const front = collection ? (
    <CollectionImages {...ctx} content={{ ...content, images: content.images.slice(0, shown) }} />
  ) : (
    <TileImage image={content.images[0]} context={ctx.image} onFail={ctx.onFail} className={fill} />
  );
  const backText = (
    <div className="absolute inset-0 flex flex-col p-[0.7em]">
      {content.texts.length > 1 ? (
        <Header text={content.texts[0]} />
      ) : (
        <Wrapped
          text={content.texts[0]}
          lines={/0[36]$/.test(content.template) ? 3 : 4}
          className={/0[36]$/.test(content.template) ? 'text-[1.43em] leading-tight' : ''}
        />
      )}
      {/* A header with one more text wraps it, as the catalog pictures show. */}
      {content.texts.length === 2 ? (
        <Wrapped text={content.texts[1]} lines={3} />
      ) : (
        content.texts.slice(1).map((t, i) => <Line key={i} text={t} />)
      )}
    </div>
  );
  const back = twoImages ? (
    <div className="absolute inset-0 flex">
      <TileImage
        image={content.images[shown]}
        context={ctx.image}
        onFail={ctx.onFail}
        className="m-[0.7em] mr-0 size-[5em] shrink-0"
      />
      <div className="relative min-w-0 flex-1">{backText}</div>
    </div>
  ) : (
    backText
  );
  return { front, back };
}

/** Windows Phone 8.1's own layout of a template, where it differs from Windows'. */
function phoneFront(ctx: Ctx) {
  const { template, size, texts } = ctx.content;
  if (!ctx.phone || size !== 'wide') return undefined;
  if (/^TileWide(310x150)?SmallImageAndText01$/.test(template))
    return <PhoneSmallImageAndText01 {...ctx} />;
  if (/^TileWide(310x150)?BlockAndText0[12]$/.test(template)) return <PhoneWideBlock {...ctx} />;
  if (/^TileWide(310x150)?ImageCollection$/.test(template) && texts.length === 0)
    return <PhoneImageCollection {...ctx} />;
  return undefined;
}

/** The front (and back, for peek templates) of a Windows 8/8.1 template tile. */
export function templateFaces(ctx: Ctx): Faces {
  const phone = phoneFront(ctx);
  if (phone) return { front: phone };
  switch (familyOf(ctx.content.template)) {
    case 'peek':
      return peekFaces(ctx);
    case 'block':
      if (ctx.content.template === 'TileSquare310x310BlockAndText01')
        return { front: <LargeBlockAndText01 {...ctx} /> };
      if (ctx.content.template === 'TileSquare310x310BlockAndText02')
        return { front: <LargeBlockAndText02 {...ctx} /> };
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
      if (/ImageAndTextOverlay/.test(ctx.content.template))
        return { front: <LargeOverlay {...ctx} /> };
      return { front: <ImageAndTextBody {...ctx} /> };
    case 'smallImageAndText':
      if (ctx.content.template === 'TileSquare310x310SmallImageAndText01')
        return { front: <LargeSmallImageAndText {...ctx} /> };
      return { front: <SmallImageBody {...ctx} /> };
    case 'largeList':
      return { front: <LargeListBody {...ctx} /> };
    default:
      return { front: largeTextBody(ctx) ?? <TextBody {...ctx} /> };
  }
}
