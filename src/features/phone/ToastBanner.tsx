import { tileColour, ToastView } from '../../renderers';
import { actions, useTilecast } from '../../store/react';
import { useDisplay } from './tiles/use-display';
import { useImageContext } from './tiles/use-package';

/**
 * The toast as the device profile shows it; tap opens the app, the × dismisses. How long it
 * stays is the phone's rule on the virtual clock (device/banner.ts): the view keeps no timer.
 */
export function ToastBanner() {
  const banner = useTilecast((s) => s.device.banner);
  const app = useTilecast((s) => (banner ? s.device.apps[banner.appId] : undefined));
  const { profile, accent, theme } = useDisplay();
  const image = useImageContext(app?.name);

  const placement =
    profile.toast === 'win10-popup'
      ? 'absolute right-2 bottom-2 w-[300px]'
      : profile.toast === 'win8-toast'
        ? 'absolute top-8 right-2' // the Windows 8 toast sizes itself: 364 × 90
        : 'absolute inset-x-0 top-0';
  const wp = profile.toast === 'wp-banner';
  return (
    // Layout containment: a new toast's text no longer lays out the Start screen beneath it
    // (B6: a back end relaying toasts in sequence waited 0.2–0.4 ms a push for that layout).
    <div aria-live="polite" className={`${placement} [contain:layout]`}>
      {banner && app && (
        <div role="status" aria-label={`Toast from ${app.name}`} data-toast-style={profile.toast}>
          <ToastView
            toast={banner.toast}
            appName={app.name}
            colour={tileColour(wp ? accent : (app.tileColor ?? accent), theme)}
            profile={profile}
            onActivate={() => actions().tapToast(banner.id)}
            image={image}
            onImageFail={(src) => actions().imageFailed({ kind: 'toast', toastId: banner.id }, src)}
            footer={
              <button
                type="button"
                aria-label="Dismiss toast"
                className="px-1 text-lg leading-none text-white/80"
                onClick={() => actions().dismissBanner()}
              >
                ×
              </button>
            }
          />
        </div>
      )}
    </div>
  );
}
