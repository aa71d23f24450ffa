import { actions, useTilecast } from '../../store/react';
import { AppToasts } from './AppToasts';

/** The emulated app's page, as launched from a toast: shows the launch arguments it received. */
export function AppPage({ appId }: { appId: string }) {
  const app = useTilecast((s) => s.device.apps[appId]);
  if (!app) return null;
  return (
    <div
      role="region"
      aria-label={`${app.name} app`}
      className="flex h-full flex-col gap-4 p-4 text-white"
    >
      <p className="text-xs tracking-widest uppercase">{app.name}</p>
      <h2 className="text-4xl font-light">home</h2>
      <dl className="text-sm">
        <dt className="text-white/60">Launched with arguments</dt>
        <dd className="font-mono break-all">{app.launchedWith || '(none)'}</dd>
      </dl>
      <AppToasts appId={appId} />
      <button
        type="button"
        className="mt-auto self-start rounded border border-white/40 px-3 py-1 text-sm"
        onClick={() => actions().closeApp(appId)}
      >
        Back to Start
      </button>
    </div>
  );
}
