import { useState } from 'react';
import type { WnsSettings } from '../../store';
import { actions, useTilecast, useTilecastShallow } from '../../store/react';

const field = 'rounded border border-neutral-700 bg-neutral-950 px-2 py-1 text-sm';
const sizes = [
  { value: 'small', label: 'Small' },
  { value: 'medium', label: 'Medium' },
  { value: 'wide', label: 'Wide' },
  { value: 'large', label: 'Large' },
] as const;

/** WNS knobs of the push service itself: per-channel rate limit and a simulated fault. */
export function WnsServiceControls() {
  const settings = useTilecast((s) => s.service.wns.settings);
  return (
    <div className="flex flex-wrap items-center gap-2">
      <label className="flex items-center gap-1.5">
        <span className="text-neutral-400">WNS rate per channel (per minute)</span>
        <input
          type="number"
          min={0}
          className={`${field} w-20`}
          placeholder="none"
          value={settings.channelRatePerMinute ?? ''}
          onChange={(e) =>
            actions().setWnsSettings({
              channelRatePerMinute:
                e.target.value === '' ? null : Math.max(0, Number(e.target.value)),
            })
          }
        />
      </label>
      <label className="flex items-center gap-1.5">
        <span className="text-neutral-400">WNS service fault</span>
        <select
          className={field}
          value={String(settings.fault)}
          onChange={(e) =>
            actions().setWnsSettings({
              fault: (e.target.value === 'none'
                ? 'none'
                : Number(e.target.value)) as WnsSettings['fault'],
            })
          }
        >
          <option value="none">None</option>
          <option value="500">500 Internal failure</option>
          <option value="503">503 Unavailable</option>
        </select>
      </label>
    </div>
  );
}

/** One app's WNS identity (Package SID, client secret) and live-tile settings. */
export function WnsAppControls({ appId }: { appId: string }) {
  // Primitives only: the app's service record and its tile change with every push to it, and a
  // re-render here rewrites the inputs' attributes (restyle and repaint on the push's frame).
  const app = useTilecastShallow((s) => {
    const a = s.service.apps[appId];
    return a && { name: a.name, packageSid: a.packageSid, clientSecret: a.clientSecret };
  });
  const tile = useTilecastShallow((s) => {
    const t = s.device.wnsTiles[appId];
    return t && { queueEnabled: t.queueEnabled, size: t.size };
  });
  if (!app) return null;
  return (
    <div className="flex flex-col gap-1.5">
      <Credentials
        key={`${app.packageSid}|${app.clientSecret}`}
        appId={appId}
        name={app.name}
        packageSid={app.packageSid}
        clientSecret={app.clientSecret}
      />
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <label className="flex items-center gap-1.5">
          <input
            type="checkbox"
            checked={tile?.queueEnabled ?? false}
            onChange={(e) => actions().setNotificationQueue(appId, e.target.checked)}
          />
          Tile notification queue
        </label>
        <label className="flex items-center gap-1.5">
          <span className="text-neutral-400">Tile size</span>
          <select
            aria-label={`${app.name} tile size`}
            className={field}
            value={tile?.size ?? 'medium'}
            onChange={(e) =>
              actions().setWnsTileSize(appId, e.target.value as (typeof sizes)[number]['value'])
            }
          >
            {sizes.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
      </div>
    </div>
  );
}

function Credentials(props: {
  appId: string;
  name: string;
  packageSid: string;
  clientSecret: string;
}) {
  const [sid, setSid] = useState(props.packageSid);
  const [secret, setSecret] = useState(props.clientSecret);
  const changed = sid !== props.packageSid || secret !== props.clientSecret;
  return (
    <form
      className="flex flex-col gap-1"
      onSubmit={(e) => {
        e.preventDefault();
        actions().setAppCredentials(props.appId, {
          packageSid: sid.trim(),
          clientSecret: secret.trim(),
        });
      }}
    >
      <label className="flex flex-col gap-0.5">
        <span className="text-neutral-400">Package SID</span>
        <input
          aria-label={`${props.name} Package SID`}
          className={`${field} font-mono text-xs`}
          value={sid}
          onChange={(e) => setSid(e.target.value)}
        />
      </label>
      <label className="flex flex-col gap-0.5">
        <span className="text-neutral-400">Client secret</span>
        <input
          aria-label={`${props.name} client secret`}
          className={`${field} font-mono text-xs`}
          value={secret}
          onChange={(e) => setSecret(e.target.value)}
        />
      </label>
      {changed && (
        <button type="submit" className="self-start rounded border border-neutral-600 px-2 py-0.5">
          Save {props.name} credentials
        </button>
      )}
    </form>
  );
}
