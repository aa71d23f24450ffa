import { lazy, Suspense, type ReactNode } from 'react';
import { ErrorBoundary } from '../components/error/ErrorBoundary';
import { ClockControls } from '../features/controls/ClockControls';
import { DeviceControls } from '../features/controls/DeviceControls';
import { Inspector } from '../features/inspector/Inspector';
import { Phone } from '../features/phone/Phone';

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

export function App({ startupError, onResetStoredState }: Props) {
  // Each region fails alone: a phone that cannot render leaves the inspector and composer usable.
  const guard = (region: string, children: ReactNode) => (
    <ErrorBoundary region={region} onResetStoredState={onResetStoredState}>
      {children}
    </ErrorBoundary>
  );
  return (
    <div className="flex h-full flex-col">
      <header className="flex items-baseline gap-3 border-b border-neutral-800 px-5 py-3">
        <h1 className="text-lg font-semibold tracking-tight">Tilecast</h1>
        <p className="text-sm text-neutral-400">MPNS &amp; WNS push service and phone emulator</p>
      </header>
      {startupError && (
        <p role="alert" className="bg-red-900 px-5 py-2 text-sm">
          The push service could not start: {startupError}. Tilecast needs service workers (open it
          over http://localhost or https).
        </p>
      )}
      <main className="grid min-h-0 flex-1 grid-cols-[auto_minmax(320px,1fr)_minmax(360px,1.2fr)] grid-rows-[minmax(0,1fr)] gap-5 p-5">
        <div className="flex min-h-0 w-[380px] flex-col gap-3 overflow-y-auto pr-1 has-[[data-frame=desktop]]:w-[760px]">
          {guard('phone', <Phone />)}
          {guard('clock controls', <ClockControls />)}
          {guard('device controls', <DeviceControls />)}
        </div>
        {guard(
          'composer',
          <Suspense
            fallback={
              <section aria-label="Composer" aria-busy="true" className="text-sm text-neutral-500">
                Loading the composer…
              </section>
            }
          >
            <Composer />
          </Suspense>,
        )}
        {guard('inspector', <Inspector />)}
      </main>
    </div>
  );
}
