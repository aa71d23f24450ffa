import { useTilecast } from '../../store/react';
import { ActionCenter } from './ActionCenter';
import { AppPage } from './AppPage';
import { DeviceLog } from './DeviceLog';
import { DisplayControls } from './DisplayControls';
import { RawConsole } from './RawConsole';
import { StartScreen } from './StartScreen';
import { ToastBanner } from './ToastBanner';

/** The emulated handset: status bar, Start screen or the running app, and the toast banner. */
export function Phone() {
  const foregroundApp = useTilecast(
    (s) =>
      s.device.appOrder.find((id) => {
        const app = s.device.apps[id];
        // Launched from a toast, or brought to the foreground from the device controls.
        return app?.launchedWith !== undefined || app?.runState === 'foreground';
      }) ?? null,
  );
  return (
    <section aria-label="Phone" className="flex w-[360px] flex-col gap-3">
      <DisplayControls />
      <div className="relative h-[600px] overflow-hidden rounded-[28px] [contain:strict] will-change-transform border-[10px] border-neutral-700 bg-black shadow-2xl">
        <StatusBar />
        <div className="h-[calc(100%-24px)] overflow-y-auto">
          {foregroundApp ? <AppPage appId={foregroundApp} /> : <StartScreen />}
        </div>
        <ToastBanner />
      </div>
      <ActionCenter />
      <DeviceLog />
      <RawConsole />
    </section>
  );
}

// Built once: a new Intl.DateTimeFormat per render is costly on the push → pixels path.
const statusTime = new Intl.DateTimeFormat('en-US', { hour: 'numeric', minute: '2-digit' });

function StatusBar() {
  const now = useTilecast((s) => s.now);
  const time = statusTime.format(now());
  return (
    <div
      className="flex h-6 items-center justify-end px-3 text-xs text-white/80"
      aria-hidden="true"
    >
      {time}
    </div>
  );
}
