import { useId } from 'react';
import { relayUriFor } from '../../store';
import { actions, useTilecast } from '../../store/react';
import { TOKEN_URL } from './cloud';
import type { Service } from './gallery';
import type { Target } from './useSend';

const input = 'min-w-0 flex-1 rounded border border-neutral-700 bg-neutral-950 px-2 py-1 text-sm';

/**
 * Where the composer sends: one of the open channels of the payload's service, or, when none is
 * open, a button that opens one (as the app's channel request would), so Send is never disabled
 * without a way forward. The credentials and URIs wait in "Channel details".
 */
export function ChannelPicker({
  service,
  targets,
  target,
  onPick,
}: {
  service: Service;
  targets: Target[];
  target: Target | undefined;
  onPick: (key: string) => void;
}) {
  const id = useId();
  const name = service.toUpperCase();
  const article = service === 'mpns' ? 'an' : 'a';
  const firstApp = useTilecast((s) => {
    const appId = s.device.appOrder[0];
    return appId ? s.device.apps[appId]?.name : undefined;
  });
  if (!target)
    return (
      <div role="group" aria-label="Channel" className="flex flex-wrap items-center gap-2 text-sm">
        <p className="text-amber-300">No {name} channel is open, so there is nowhere to send.</p>
        <button
          type="button"
          onClick={() => actions().openChannel({ service, app: firstApp })}
          className="rounded border border-sky-600 px-2 py-0.5 text-sky-300 hover:bg-sky-950"
        >
          Open {article} {name} channel
        </button>
      </div>
    );
  return (
    <div className="flex flex-col gap-1">
      <div className="flex items-center gap-2">
        <label htmlFor={id} className="text-sm text-neutral-400">
          Channel ({name})
        </label>
        <select
          id={id}
          className={input}
          value={target.key}
          onChange={(e) => onPick(e.target.value)}
        >
          {targets.map((t) => (
            <option key={t.key} value={t.key}>
              {t.name} · {t.service.toUpperCase()}
            </option>
          ))}
        </select>
      </div>
      <ChannelDetails target={target} />
    </div>
  );
}

/** The channel's credentials and URIs, folded away: a designer rarely needs them. */
function ChannelDetails({ target }: { target: Target }) {
  const app = useTilecast((s) => s.service.apps[target.appId]);
  const relayed = useTilecast((s) => s.relay.state === 'connected');
  return (
    <details className="text-xs">
      <summary className="cursor-pointer text-neutral-400">Channel details</summary>
      <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
        {target.service === 'wns' && app && (
          <>
            <dt className="text-neutral-400">Package SID</dt>
            <dd className="font-mono break-all">{app.packageSid}</dd>
            <dt className="text-neutral-400">Client secret</dt>
            <dd className="font-mono break-all">{app.clientSecret}</dd>
          </>
        )}
        <dt className="text-neutral-400">Channel URI</dt>
        <dd className="font-mono break-all">{target.uri}</dd>
        <dt className="text-neutral-400">Relay URI</dt>
        <dd className="font-mono break-all">{relayUriFor(target.uri)}</dd>
        {target.service === 'wns' && relayed && (
          <>
            <dt className="text-neutral-400">Token endpoint via relay</dt>
            <dd className="font-mono break-all">{relayUriFor(TOKEN_URL)}</dd>
          </>
        )}
      </dl>
    </details>
  );
}
