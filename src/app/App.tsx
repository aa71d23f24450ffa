import { lazy, Suspense, useState, type ReactNode } from 'react';
import { ErrorBoundary } from '../components/error/ErrorBoundary';
import { ClockControls } from '../features/controls/ClockControls';
import { DeviceControls } from '../features/controls/DeviceControls';
import { Inspector } from '../features/inspector/Inspector';
import { Phone, useDesktopFrame } from '../features/phone/Phone';
import { SkipLinks } from './SkipLinks';
import { PanelTabs, type Panel } from './PanelTabs';

// The composer (gallery, forms, request builders and, in turn, its editor) loads on demand,
// after the push service and the phone are up: the first page stays within its budget (B4).
const Composer = lazy(() =>
  import('../features/composer/Composer').then((m) => ({ default: m.Composer })),
);

type Props = {
  startupError?: string;
  /** The error panels' last resort: delete what Tilecast stored in this browser. */
  onResetStoredState: () => Promise<void>;
};

/**
 * Three columns from 1280 px (phone | composer | journal); from 768 px the phone beside a
 * tabbed composer/journal; below, one column with the tabs under the phone. The composer and
 * journal stay mounted when their tab is hidden, so a draft or a selection survives a switch.
 */
export function App({ startupError, onResetStoredState }: Props) {
  const [panel, setPanel] = useState<Panel>('composer');
  // Each region fails alone: a phone that cannot render leaves the inspector and composer usable.
  const guard = (region: string, children: ReactNode) => (
    <ErrorBoundary region={region} onResetStoredState={onResetStoredState}>
      {children}
    </ErrorBoundary>
  );
  const shown = (p: Panel) => (panel === p ? '' : 'max-xl:hidden');
  // Widened from the display setting, not by a CSS :has() on the column: a trace's selector
  // statistics put that :has() at three quarters of all selector matching during a burst, as
  // Chromium re-matches it on every change inside the column.
  const desktop = useDesktopFrame();
  return (
    <div className="flex min-h-full flex-col md:h-full">
      <SkipLinks onShow={setPanel} />
      <header className="flex flex-wrap items-baseline gap-x-3 border-b border-neutral-800 px-3 py-2 md:px-5">
        <h1 className="flex items-center gap-2 text-lg font-semibold tracking-tight">
          <img src="/favicon.svg" alt="" className="size-5 self-center" />
          Tilecast
        </h1>
        <p className="text-sm text-neutral-400">MPNS &amp; WNS push service and phone emulator</p>
      </header>
      {startupError && (
        <p role="alert" className="bg-red-900 px-5 py-2 text-sm">
          The push service could not start: {startupError}. Tilecast needs service workers (open it
          over http://localhost or https).
        </p>
      )}
      <main className="flex min-h-0 flex-1 flex-col gap-4 p-2 md:grid md:grid-cols-[auto_minmax(0,1fr)] md:grid-rows-[minmax(0,1fr)] md:p-4 xl:grid-cols-[auto_minmax(0,1fr)_minmax(0,1.1fr)]">
        <div
          id="phone-column"
          tabIndex={-1}
          className={`flex min-h-0 w-full flex-col items-center gap-3 md:items-stretch md:overflow-y-auto md:pr-1 ${desktop ? 'md:w-[760px]' : 'md:w-[380px]'}`}
        >
          {guard('phone', <Phone />)}
          {guard('clock controls', <ClockControls />)}
          {guard('device controls', <DeviceControls />)}
        </div>
        <div className="flex min-h-0 flex-col gap-2 xl:contents">
          <PanelTabs panel={panel} onPick={setPanel} />
          <div
            id="composer-panel"
            role="tabpanel"
            aria-labelledby="composer-tab"
            tabIndex={-1}
            className={`grid min-h-0 flex-1 grid-rows-[minmax(0,1fr)] ${shown('composer')}`}
          >
            {guard(
              'composer',
              <Suspense
                fallback={
                  <section
                    aria-label="Composer"
                    aria-busy="true"
                    className="text-sm text-neutral-500"
                  >
                    Loading the composer…
                  </section>
                }
              >
                <Composer />
              </Suspense>,
            )}
          </div>
          <div
            id="journal-panel"
            role="tabpanel"
            aria-labelledby="journal-tab"
            tabIndex={-1}
            className={`grid min-h-0 flex-1 grid-rows-[minmax(0,1fr)] ${shown('journal')}`}
          >
            {guard('inspector', <Inspector />)}
          </div>
        </div>
      </main>
    </div>
  );
}
