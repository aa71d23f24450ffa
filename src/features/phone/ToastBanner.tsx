import { useEffect } from 'react';
import { actions, useTilecast } from '../../store/react';

/** How long a banner stays: about 7 s for short toasts, 25 s for long ones. [S10, S51] */
const visibleMs = { short: 7000, long: 25000 };

/** The toast banner across the top of the screen; tap opens the app, the × dismisses. */
export function ToastBanner() {
  const banner = useTilecast((s) => s.device.banner);
  const app = useTilecast((s) => (banner ? s.device.apps[banner.appId] : undefined));

  useEffect(() => {
    if (!banner) return;
    const timer = setTimeout(() => actions().dismissBanner(), visibleMs[banner.toast.duration]);
    return () => clearTimeout(timer);
  }, [banner]);

  return (
    <div aria-live="polite" className="absolute inset-x-0 top-0">
      {banner && app && (
        <div
          role="status"
          aria-label={`Toast from ${app.name}`}
          className="flex items-start gap-2 px-3 pt-7 pb-3 text-white shadow-lg"
          style={{ backgroundColor: app.tileColor }}
        >
          <button
            type="button"
            className="flex min-w-0 flex-1 items-start gap-2 text-left"
            onClick={() => actions().tapToast(banner.id)}
          >
            <span aria-hidden="true" className="mt-0.5 size-4 shrink-0 border border-white/70" />
            <span className="min-w-0 text-sm">
              <span className="block truncate font-semibold">{banner.toast.texts[0]}</span>
              {banner.toast.texts.slice(1).map((text, i) => (
                <span key={i} className="line-clamp-2 block">
                  {text}
                </span>
              ))}
            </span>
          </button>
          <button
            type="button"
            aria-label="Dismiss toast"
            className="px-1 text-lg leading-none text-white/80"
            onClick={() => actions().dismissBanner()}
          >
            ×
          </button>
        </div>
      )}
    </div>
  );
}
