import { actions, useTilecast } from '../../store/react';

/** Action Center: the toasts the phone kept, newest first, with their WNS group and tag. */
export function ActionCenter() {
  const toasts = useTilecast((s) => s.device.actionCenter);
  const apps = useTilecast((s) => s.device.apps);
  return (
    <section aria-label="Action Center" className="rounded border border-neutral-800 p-3 text-sm">
      <h2 className="mb-2 font-semibold">Action Center</h2>
      {toasts.length === 0 ? (
        <p className="text-neutral-500">No notifications.</p>
      ) : (
        <ul aria-label="Action Center toasts" className="max-h-48 space-y-1.5 overflow-y-auto">
          {toasts.map((t) => {
            const title = t.toast.texts[0] ?? '';
            return (
              <li
                key={t.id}
                aria-label={`${apps[t.appId]?.name ?? t.appId}: ${title}`}
                className="flex items-start gap-2 rounded bg-neutral-900 px-2 py-1.5"
              >
                <button
                  type="button"
                  className="min-w-0 flex-1 text-left"
                  onClick={() => actions().tapToast(t.id)}
                >
                  <span className="block text-xs text-neutral-400">
                    {apps[t.appId]?.name ?? t.appId}
                    {t.group !== undefined && ` · group ${t.group}`}
                    {t.tag !== undefined && ` · tag ${t.tag}`}
                  </span>
                  <span className="block truncate font-semibold">{title}</span>
                  {t.toast.texts.slice(1).map((text, i) => (
                    <span key={i} className="block truncate">
                      {text}
                    </span>
                  ))}
                </button>
                <button
                  type="button"
                  aria-label={`Dismiss ${title}`}
                  className="px-1 text-neutral-400"
                  onClick={() => actions().dismissActionCenterToast(t.id)}
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
