import type { PayloadPreview } from '../../store';
import type { NotificationImage, WnsTileBinding } from '../../protocol/notification';
import type { MpnsTileUpdate } from '../../protocol/mpns/tiles';

// A simple, faithful preview of what the phone would show: texts and images per tile size, the
// toast, the badge. Payload text is rendered as React text only.

const sizeBox: Record<WnsTileBinding['size'], string> = {
  small: 'h-[71px] w-[71px]',
  medium: 'h-[150px] w-[150px]',
  wide: 'h-[150px] w-[310px]',
  large: 'h-[310px] w-[310px]',
};

const Img = ({ image }: { image: NotificationImage }) => (
  <span className="block truncate rounded bg-sky-900/60 px-1 text-[10px]" title={image.src}>
    🖼 {image.alt ?? image.src.split('/').at(-1)}
  </span>
);

function WnsTile({ binding }: { binding: WnsTileBinding }) {
  return (
    <figure aria-label={`${binding.size} tile preview`} className="flex flex-col gap-1">
      <div className={`${sizeBox[binding.size]} overflow-hidden bg-sky-700 p-1.5 text-xs`}>
        {binding.images.map((img, i) => (
          <Img key={`i${i}`} image={img} />
        ))}
        {binding.texts.map((t, i) => (
          <p key={`t${i}`} className={i === 0 ? 'font-semibold' : 'truncate'}>
            {t}
          </p>
        ))}
      </div>
      <figcaption className="text-[10px] text-neutral-500">
        {binding.size} · {binding.template}
      </figcaption>
    </figure>
  );
}

function MpnsTile({ tile }: { tile: MpnsTileUpdate }) {
  const get = (name: string) => tile.changes.find((c) => c.name === name)?.value;
  const sizes =
    tile.template === 'Tile' ? (['medium'] as const) : (['small', 'medium', 'wide'] as const);
  return (
    <div className="flex flex-wrap items-start gap-2">
      {sizes.map((size) => (
        <figure key={size} aria-label={`${size} tile preview`} className="flex flex-col gap-1">
          <div
            className={`${sizeBox[size]} relative overflow-hidden p-1.5 text-xs`}
            style={{
              backgroundColor:
                tile.template === 'IconicTile' ? (get('BackgroundColor') ?? '#1ba1e2') : '#1ba1e2',
            }}
          >
            {size === 'wide' && (get('WideContent1') ?? get('WideBackContent')) && (
              <p>{get('WideContent1') ?? get('WideBackContent')}</p>
            )}
            {get('Count') && get('Count') !== '0' && (
              <span className="absolute top-1 right-1.5 font-semibold">{get('Count')}</span>
            )}
            {size !== 'small' && <p className="absolute bottom-1 left-1.5">{get('Title')}</p>}
          </div>
          <figcaption className="text-[10px] text-neutral-500">
            {size} · {tile.template}
          </figcaption>
        </figure>
      ))}
      {get('BackContent') && (
        <figure aria-label="back of tile preview" className="flex flex-col gap-1">
          <div className={`${sizeBox.medium} relative bg-sky-800 p-1.5 text-xs`}>
            <p>{get('BackContent')}</p>
            <p className="absolute bottom-1 left-1.5">{get('BackTitle')}</p>
          </div>
          <figcaption className="text-[10px] text-neutral-500">back</figcaption>
        </figure>
      )}
    </div>
  );
}

export function Preview({ preview }: { preview: PayloadPreview }) {
  const n = preview.notification;
  return (
    <section
      aria-label="Preview"
      className="flex flex-col gap-2 rounded border border-neutral-800 p-2"
    >
      <h3 className="text-sm font-semibold">Preview</h3>
      {preview.diagnostics.length > 0 && (
        <ul aria-label="Diagnostics" className="text-xs text-red-400">
          {preview.diagnostics.map((d, i) => (
            <li key={i}>
              The phone would drop it: {d.message}
              {d.line !== undefined && ` at line ${d.line}, column ${d.column}`} [{d.rule}]
            </li>
          ))}
        </ul>
      )}
      {n?.kind === 'toast' && (
        <div role="img" aria-label="Toast preview" className="rounded bg-neutral-800 p-2 text-xs">
          {n.images.map((img, i) => (
            <Img key={i} image={img} />
          ))}
          {n.texts.map((t, i) => (
            <p key={i} className={i === 0 ? 'font-semibold' : ''}>
              {t}
            </p>
          ))}
          {n.inputs?.map((input) => (
            <p
              key={input.id}
              className="mt-1 rounded border border-neutral-600 px-1 text-neutral-400"
            >
              {input.placeHolderContent ?? input.title ?? input.id}
            </p>
          ))}
          {n.actions && (
            <p className="mt-1 flex gap-1">
              {n.actions.map((a, i) => (
                <span key={i} className="rounded bg-neutral-700 px-2">
                  {a.content}
                </span>
              ))}
            </p>
          )}
          {n.launch && <p className="mt-1 text-neutral-500">launch: {n.launch}</p>}
        </div>
      )}
      {n?.kind === 'wnsTile' && (
        <div className="flex flex-wrap items-start gap-2">
          {n.bindings.map((b, i) => (
            <WnsTile key={i} binding={b} />
          ))}
        </div>
      )}
      {n?.kind === 'mpnsTile' && <MpnsTile tile={n} />}
      {n?.kind === 'badge' && (
        <p
          role="img"
          aria-label="Badge preview"
          className="self-start rounded-full bg-sky-700 px-3 py-1 text-sm"
        >
          {typeof n.value === 'number'
            ? n.value > 99
              ? '99+'
              : String(n.value)
            : `glyph: ${n.value}`}
        </p>
      )}
      {n?.kind === 'raw' && (
        <p className="text-xs">Raw: {n.bytes.length} bytes for the app&apos;s code</p>
      )}
    </section>
  );
}
