import type { ReactNode } from 'react';
import { Wrapped } from './layout-parts';
import type { DeviceProfile } from './profiles';
import type { ImageContext } from './text';
import { TileImage } from './TileImage';
import { WIN8_TOAST, win8ToastLines } from './toast-lines';
import type { ToastData } from './types';

/**
 * A Windows 8/8.1 toast: 364 × 90 in the app's colour, its texts per the template (bold title
 * lines, regular lines, each cut with an ellipsis), and for ToastImageAndText0N the image
 * filling 90 × 90 at the left edge. No logo column: text-only toasts start at the edge.
 */
export function Win8Toast({
  toast,
  colour,
  profile,
  image,
  onImageFail,
  footer,
  tap,
}: {
  toast: ToastData;
  colour: string;
  profile: DeviceProfile;
  image?: ImageContext;
  onImageFail?: (src: string) => void;
  footer?: ReactNode;
  tap: (children: ReactNode, className: string) => ReactNode;
}) {
  const withImage = /^ToastImageAndText/.test(toast.template);
  const lines = win8ToastLines(toast.template, toast.texts);
  return (
    <div
      data-part="win8-toast"
      className="relative flex overflow-hidden text-white shadow-lg outline outline-1 -outline-offset-1 outline-white/15"
      style={{
        width: WIN8_TOAST.width,
        height: WIN8_TOAST.height,
        backgroundColor: colour,
        fontFamily: profile.font,
        fontSize: 15,
        lineHeight: '21px',
      }}
    >
      {withImage && (
        <TileImage
          image={toast.images[0]}
          context={image}
          onFail={onImageFail}
          className="size-[90px] shrink-0"
        />
      )}
      {tap(
        lines.map((l, i) => (
          <Wrapped
            key={i}
            text={l.text}
            lines={l.lines}
            className={l.bold ? 'font-semibold' : 'text-white/90'}
          />
        )),
        'block min-w-0 flex-1 self-stretch px-[14px] py-[12px]',
      )}
      {footer && <span className="absolute top-0 right-0">{footer}</span>}
    </div>
  );
}
