import type { ReactNode } from 'react';
import { profileOf } from '../../renderers';
import { useTilecast } from '../../store/react';
import { ActionCenter } from './ActionCenter';
import { AppPage } from './AppPage';
import { DeviceLog } from './DeviceLog';
import { DisplayControls } from './DisplayControls';
import { RawConsole } from './RawConsole';
import { StartScreen } from './StartScreen';
import { ToastBanner } from './ToastBanner';

/** Whether the device is drawn as a desktop screen, wider than a handset: for the page layout. */
export function useDesktopFrame(): boolean {
  // A boolean selector: the page re-renders when the frame changes, not on every display setting.
  return useTilecast((s) => profileOf(s.display.profile).platform === 'windows');
}

/**
 * The emulated device: a handset (status bar, Start or the running app, toast banner) or, for
 * the Windows profiles, a landscape desktop screen with Windows' own Start.
 */
export function Phone() {
  const foregroundApp = useTilecast(
    (s) =>
      s.device.appOrder.find((id) => {
        const app = s.device.apps[id];
        // Launched from a toast, or brought to the foreground from the device controls.
        return app?.launchedWith !== undefined || app?.runState === 'foreground';
      }) ?? null,
  );
  const desktop = useDesktopFrame();
  const screen = foregroundApp ? <AppPage appId={foregroundApp} /> : <StartScreen />;
  return (
    <section
      aria-label="Phone"
      data-frame={desktop ? 'desktop' : 'phone'}
      className={`flex flex-col gap-3 ${desktop ? 'w-[740px]' : 'w-[360px]'}`}
    >
      <DisplayControls />
      {desktop ? <DesktopFrame>{screen}</DesktopFrame> : <Handset>{screen}</Handset>}
      <ActionCenter />
      <DeviceLog />
      <RawConsole />
    </section>
  );
}

const frame = 'relative overflow-hidden [contain:strict] will-change-transform bg-black shadow-2xl';

function Handset({ children }: { children: ReactNode }) {
  return (
    <div
      aria-label="Handset"
      className={`${frame} h-[600px] rounded-[28px] border-[10px] border-neutral-700`}
    >
      <StatusBar />
      {/* A phone shows no scrollbar: it would take the width two medium tiles need. */}
      <div className="h-[calc(100%-24px)] overflow-y-auto [scrollbar-width:none]">{children}</div>
      <ToastBanner />
    </div>
  );
}

/** A monitor's landscape screen (16:10) for Windows 8.1 and Windows 10 desktop. */
function DesktopFrame({ children }: { children: ReactNode }) {
  return (
    <div
      aria-label="Desktop screen"
      className={`${frame} h-[460px] rounded-md border-[10px] border-b-[14px] border-neutral-800`}
    >
      <div className="h-full overflow-hidden">{children}</div>
      <ToastBanner />
    </div>
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
