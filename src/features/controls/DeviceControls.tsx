import { useId, useState } from 'react';
import type { AppRunState, ConnectionState } from '../../store';
import { actions, useTilecast } from '../../store/react';
import { MpnsChannel, MpnsServiceSettings } from './MpnsControls';
import { PackageFiles } from './PackageFiles';
import { WnsAppControls, WnsServiceControls } from './WnsControls';

const connections: { value: ConnectionState; label: string }[] = [
  { value: 'connected', label: 'Connected' },
  { value: 'tempDisconnected', label: 'Temporarily disconnected' },
  { value: 'disconnected', label: 'Disconnected' },
  { value: 'inactive', label: 'Inactive (MPNS 412)' },
];

const runStates: { value: AppRunState; label: string }[] = [
  { value: 'notRunning', label: 'Not running' },
  { value: 'background', label: 'Background' },
  { value: 'foreground', label: 'Foreground' },
];

const field = 'rounded border border-neutral-700 bg-neutral-950 px-2 py-1 text-sm';

/** Device state a tester changes by hand: connection, each app's state and settings. */
export function DeviceControls() {
  const connection = useTilecast((s) => s.device.connection);
  const appOrder = useTilecast((s) => s.device.appOrder);
  const [newApp, setNewApp] = useState('');
  const ids = { connection: useId(), install: useId() };
  return (
    // Layout and paint containment: with a hundred apps this is thousands of elements, and
    // without it every frame of a push flood re-walked them all to update paint offsets.
    <section
      aria-label="Device controls"
      className="flex flex-col gap-2 rounded border border-neutral-800 p-3 text-sm [contain:content]"
    >
      <h2 className="font-semibold">Device</h2>
      <label htmlFor={ids.connection} className="text-neutral-400">
        Connection
      </label>
      <select
        id={ids.connection}
        className={field}
        value={connection}
        onChange={(e) => actions().setConnection(e.target.value as ConnectionState)}
      >
        {connections.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
      <WnsServiceControls />
      {appOrder.map((appId) => (
        <AppControls key={appId} appId={appId} />
      ))}
      <form
        className="flex gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          if (newApp.trim()) actions().installApp(newApp.trim());
          setNewApp('');
        }}
      >
        <label htmlFor={ids.install} className="sr-only">
          App name to install
        </label>
        <input
          id={ids.install}
          className={`${field} min-w-0 flex-1`}
          placeholder="App name"
          value={newApp}
          onChange={(e) => setNewApp(e.target.value)}
        />
        <button type="submit" className="rounded border border-neutral-600 px-2">
          Install app
        </button>
      </form>
      <MpnsServiceSettings />
    </section>
  );
}

function AppControls({ appId }: { appId: string }) {
  const app = useTilecast((s) => s.device.apps[appId]);
  const runStateId = useId();
  if (!app) return null;
  const toggle = (
    key: 'toastsEnabled' | 'backgroundTask' | 'authenticatedService',
    label: string,
  ) => (
    <label className="flex items-center gap-1.5">
      <input
        type="checkbox"
        checked={app[key]}
        onChange={(e) => actions().updateAppSettings(appId, { [key]: e.target.checked })}
      />
      {label}
    </label>
  );
  return (
    <fieldset className="flex flex-col gap-1.5 border-t border-neutral-800 pt-2">
      <legend className="pt-2 font-semibold">{app.name}</legend>
      <div className="flex items-center gap-2">
        <label htmlFor={runStateId} className="text-neutral-400">
          State
        </label>
        <select
          id={runStateId}
          aria-label={`${app.name} state`}
          className={field}
          value={app.runState}
          onChange={(e) => actions().setAppState(appId, e.target.value as AppRunState)}
        >
          {runStates.map((r) => (
            <option key={r.value} value={r.value}>
              {r.label}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="ml-auto rounded border border-neutral-600 px-2 py-0.5"
          onClick={() => actions().uninstallApp(appId)}
        >
          Uninstall {app.name}
        </button>
      </div>
      <div className="flex flex-wrap gap-x-3 gap-y-1">
        {toggle('toastsEnabled', 'Toasts enabled')}
        {toggle('backgroundTask', 'Background task')}
        {toggle('authenticatedService', 'Authenticated service (MPNS)')}
      </div>
      <MpnsChannel appId={appId} />
      <WnsAppControls appId={appId} />
      <PackageFiles appId={appId} />
    </fieldset>
  );
}
