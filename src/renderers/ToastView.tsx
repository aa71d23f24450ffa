import type { ReactNode } from 'react';
import type { DeviceProfile } from './profiles';
import { truncate, wpToastText, type ImageContext } from './text';
import { TileImage } from './TileImage';
import { Win8Toast } from './Win8Toast';
import type { ImageView, ToastData } from './types';

export type { ToastData };

/**
 * A toast as the profile shows it: the Windows Phone banner (one line, length rules), the
 * Windows 8 toast (templates with an image) or Windows 10 ToastGeneric (logo override, hero,
 * inline images, attribution, inputs and buttons). Pure: taps come back through `onActivate`.
 */
export function ToastView({
  toast,
  appName,
  colour,
  profile,
  image,
  onImageFail,
  footer,
  onActivate,
}: {
  toast: ToastData;
  appName: string;
  colour: string;
  profile: DeviceProfile;
  image?: ImageContext;
  onImageFail?: (src: string) => void;
  /** Buttons the shell adds (dismiss). */
  footer?: ReactNode;
  /** Tapping the toast body (launch). */
  onActivate?: () => void;
}) {
  const tap = (children: ReactNode, className: string) =>
    onActivate ? (
      <button type="button" className={`text-left ${className}`} onClick={onActivate}>
        {children}
      </button>
    ) : (
      <span className={className}>{children}</span>
    );
  const img = (view: ImageView | undefined, className: string) => (
    <TileImage image={view} context={image} onFail={onImageFail} className={className} />
  );
  if (profile.toast === 'wp-banner') {
    const { title, content } = wpToastText(toast.texts[0] ?? '', toast.texts.slice(1).join(' '));
    return (
      <div
        className="flex items-center gap-2 px-3 pt-7 pb-2 text-white"
        style={{ backgroundColor: colour, fontFamily: profile.font, fontSize: 14 }}
      >
        <span aria-hidden="true" className="size-4 shrink-0 border border-white/70" />
        {tap(
          <>
            {title && <span className="font-semibold">{title}</span>}
            {title && content && ' '}
            {content && <span>{content}</span>}
          </>,
          'min-w-0 flex-1 whitespace-nowrap',
        )}
        {footer}
      </div>
    );
  }
  if (profile.toast === 'win8-toast')
    return (
      <Win8Toast
        toast={toast}
        colour={colour}
        profile={profile}
        image={image}
        onImageFail={onImageFail}
        footer={footer}
        tap={tap}
      />
    );
  const generic = toast.template === 'ToastGeneric';
  const logo = generic
    ? toast.images.find((i) => i.placement === 'appLogoOverride')
    : toast.images[0];
  const hero = generic ? toast.images.find((i) => i.placement === 'hero') : undefined;
  const inline = generic
    ? toast.images.filter((i) => !i.placement || i.placement === 'inline')
    : [];
  const [title, ...body] = toast.texts;
  return (
    <div
      className="flex flex-col gap-2 p-3 text-white shadow-lg"
      style={{ backgroundColor: '#1f1f1f', fontFamily: profile.font, fontSize: 14 }}
    >
      {/* Windows 10 shows the hero whole at 2:1 across the toast's width. [S54] */}
      {hero && img(hero, 'aspect-[2/1] w-full')}
      <div className="flex items-start gap-2">
        {logo ? (
          img(logo, 'size-10 shrink-0')
        ) : (
          <span
            aria-hidden="true"
            className="size-10 shrink-0"
            style={{ backgroundColor: colour }}
          />
        )}
        {tap(
          <>
            {title && <span className="block truncate font-semibold">{title}</span>}
            {body.map((t, i) => (
              <span key={i} className="line-clamp-2 block text-white/85">
                {t}
              </span>
            ))}
            {toast.attribution && (
              <span className="block truncate text-xs text-white/60">
                {truncate(toast.attribution, 60)}
              </span>
            )}
            {!toast.attribution && <span className="block text-xs text-white/60">{appName}</span>}
          </>,
          'min-w-0 flex-1',
        )}
        {footer}
      </div>
      {inline.map((i, n) => (
        <span key={n} className="block">
          {img(i, 'max-h-32 w-full object-contain')}
        </span>
      ))}
      {toast.inputs?.map((input) =>
        input.type === 'text' ? (
          <input
            key={input.id}
            aria-label={input.title ?? input.id}
            placeholder={input.placeHolderContent}
            defaultValue={input.defaultInput}
            className="w-full bg-white/90 px-2 py-1 text-black"
          />
        ) : (
          <select
            key={input.id}
            aria-label={input.title ?? input.id}
            defaultValue={input.defaultInput}
            className="w-full bg-white/90 px-2 py-1 text-black"
          >
            {input.selections.map((s) => (
              <option key={s.id} value={s.id}>
                {s.content}
              </option>
            ))}
          </select>
        ),
      )}
      {toast.actions && toast.actions.length > 0 && (
        <div className="flex gap-2">
          {toast.actions.map((a, i) => (
            <button key={i} type="button" className="flex-1 bg-white/15 px-2 py-1 text-sm">
              {a.content || a.arguments}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
