import { memo, type ReactNode } from 'react';
import { ToastView } from '../../renderers';
import type { ShownToast } from '../../store';
import { actions, useTilecastThrottled } from '../../store/react';
import { useDisplay } from './tiles/use-display';
import { useImageContext } from './tiles/use-package';

/** Shown at once; older ones stay in the phone's state (and `window.tilecast.phone()`). */
const SHOWN = 200;

/**
 * Action Center: the toasts the phone kept, newest first, with their WNS group and tag. Paced
 * like the journal: a lone toast shows in the next frame, a flood a few times a second, since
 * each catch-up moves every item below the new ones (the phone's banner shows every push).
 */
export function ActionCenter() {
  const toasts = useTilecastThrottled((s) => s.device.actionCenter);
  const apps = useTilecastThrottled((s) => s.device.apps);
  return (
    // Its own layer, like the device log and raw console: what changes here repaints this box
    // only, not the page around it.
    <section
      aria-label="Action Center"
      className="rounded border border-neutral-800 p-3 text-sm [contain:content] will-change-transform"
    >
      <h2 className="mb-2 font-semibold">Action Center</h2>
      {toasts.length === 0 ? (
        <p className="text-neutral-500">No notifications.</p>
      ) : (
        // A fixed-size box (size containment): a new toast lays out this list, not the page.
        <ul
          aria-label="Action Center toasts"
          className="h-48 space-y-1.5 overflow-y-auto [contain:strict]"
        >
          {toasts.slice(0, SHOWN).map((t) => (
            <ActionCenterItem key={t.id} toast={t} appName={apps[t.appId]?.name ?? t.appId} />
          ))}
          {toasts.length > SHOWN && (
            <li className="text-xs text-neutral-500">
              …and {toasts.length - SHOWN} older notifications
            </li>
          )}
        </ul>
      )}
    </section>
  );
}

/**
 * One kept toast. Memoised: toasts are immutable, so a new toast renders one item, not all of
 * them (a burst over a hundred apps keeps up to twenty each).
 */
const ActionCenterItem = memo(function ActionCenterItem({
  toast: t,
  appName,
}: {
  toast: ShownToast;
  appName: string;
}) {
  const title = t.toast.texts[0] ?? '';
  const header = (
    <span className="block text-xs text-neutral-400">
      {appName}
      {t.group !== undefined && ` · group ${t.group}`}
      {t.tag !== undefined && ` · tag ${t.tag}`}
    </span>
  );
  const dismiss = (
    <button
      type="button"
      aria-label={`Dismiss ${title}`}
      className="px-1 text-neutral-400"
      onClick={() => actions().dismissActionCenterToast(t.id)}
    >
      ×
    </button>
  );
  // Windows 10 keeps an adaptive toast whole in Action Center: hero, logo, inputs, buttons.
  if (t.toast.template === 'ToastGeneric')
    return <GenericItem toast={t} appName={appName} header={header} dismiss={dismiss} />;
  return (
    <li
      aria-label={`${appName}: ${title}`}
      // Off-screen items are not painted: a new toast shifts every item below it.
      className="flex items-start gap-2 rounded bg-neutral-900 px-2 py-1.5 [content-visibility:auto] [contain-intrinsic-size:auto_3rem]"
    >
      <button
        type="button"
        className="min-w-0 flex-1 text-left"
        onClick={() => actions().tapToast(t.id)}
      >
        {header}
        <span className="block truncate font-semibold">{title}</span>
        {t.toast.texts.slice(1).map((text, i) => (
          <span key={i} className="block truncate">
            {text}
          </span>
        ))}
      </button>
      {dismiss}
    </li>
  );
});

/** A ToastGeneric in Action Center, drawn by the phone's own toast renderer. */
function GenericItem({
  toast: t,
  appName,
  header,
  dismiss,
}: {
  toast: ShownToast;
  appName: string;
  header: ReactNode;
  dismiss: ReactNode;
}) {
  const { profile } = useDisplay();
  const image = useImageContext(appName);
  return (
    <li
      aria-label={`${appName}: ${t.toast.texts[0] ?? ''}`}
      data-template="ToastGeneric"
      className="rounded bg-neutral-900 px-2 py-1.5 [content-visibility:auto] [contain-intrinsic-size:auto_12rem]"
    >
      {header}
      <ToastView
        toast={t.toast}
        appName={appName}
        colour="#1f1f1f"
        profile={profile}
        image={image}
        onActivate={() => actions().tapToast(t.id)}
        footer={dismiss}
      />
    </li>
  );
}
