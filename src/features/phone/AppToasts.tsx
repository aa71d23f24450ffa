import { useTilecast } from '../../store/react';

/** Toasts the app received while in the foreground (no banner on Windows Phone). [S10] */
export function AppToasts({ appId }: { appId: string }) {
  const toasts = useTilecast((s) => s.device.appToasts?.[appId]);
  if (!toasts?.length) return null;
  return (
    <section aria-label="Toasts received in the app" className="text-sm">
      <h3 className="text-white/60">Toasts received while open</h3>
      <ol className="space-y-1">
        {toasts.map((t) => (
          <li key={t.id}>
            <span className="font-semibold">{t.toast.texts[0]}</span> {t.toast.texts[1]}
            {t.toast.launch && <span className="block font-mono text-xs">{t.toast.launch}</span>}
          </li>
        ))}
      </ol>
    </section>
  );
}
