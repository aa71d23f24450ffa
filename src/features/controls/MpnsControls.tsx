import { actions, useTilecast } from '../../store/react';

/** The app's MPNS channel: open it (the app's HttpNotificationChannel) and show its URI. */
export function MpnsChannel({ appId }: { appId: string }) {
  const app = useTilecast((s) => s.device.apps[appId]);
  if (!app) return null;
  const uri = app.channels.mpns;
  const stale = uri !== undefined && uri.startsWith('https:') !== app.authenticatedService;
  return (
    <div className="flex flex-col gap-1">
      <button
        type="button"
        className="self-start rounded border border-neutral-600 px-2 py-0.5"
        onClick={() => actions().openChannel({ service: 'mpns', app: app.name })}
      >
        {uri && !stale ? 'MPNS channel open' : `Open MPNS channel for ${app.name}`}
      </button>
      {uri && (
        <output
          aria-label={`${app.name} MPNS channel URI`}
          className="font-mono text-xs break-all text-neutral-300"
        >
          {uri}
        </output>
      )}
    </div>
  );
}

/** ⚙ MPNS service settings (SPEC §0). */
export function MpnsServiceSettings() {
  const unavailable = useTilecast((s) => s.service.mpns.settings.unavailable);
  return (
    <label className="flex items-center gap-1.5 border-t border-neutral-800 pt-2">
      <input
        type="checkbox"
        checked={unavailable}
        onChange={(e) => actions().setMpnsSettings({ unavailable: e.target.checked })}
      />
      MPNS service unavailable (503)
    </label>
  );
}
