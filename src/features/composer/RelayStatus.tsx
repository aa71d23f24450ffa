import { relayUriFor } from '../../store';
import { useTilecast } from '../../store/react';
import { TOKEN_URL } from './cloud';

/** Whether back ends outside the browser reach this tab, and how (issue #9). */
export function RelayStatus() {
  const relay = useTilecast((s) => s.relay);
  let text: string;
  if (relay.state === 'connecting') text = 'Relay: connecting…';
  else if (relay.state === 'unavailable') text = 'Relay: not available (in-page pushes only)';
  else if (relay.active)
    text = `Relay: this tab is the active phone${relay.pages > 1 ? ` (${relay.pages} tabs open)` : ''}`;
  else text = `Relay: another tab is the active phone (${relay.pages} tabs open)`;
  return (
    <div role="status" aria-label="Relay" className="flex flex-col gap-1 text-xs">
      <div className="flex items-center gap-2">
        <span className={relay.active ? 'text-emerald-400' : 'text-neutral-400'}>{text}</span>
        {relay.state === 'connected' && !relay.active && (
          <button
            type="button"
            onClick={() => relay.activate?.()}
            className="rounded border border-neutral-600 px-2 py-0.5"
          >
            Make this tab the phone
          </button>
        )}
      </div>
      {relay.state === 'connected' && (
        <p className="text-neutral-400">
          Token endpoint via relay:{' '}
          <span className="font-mono break-all text-neutral-200">{relayUriFor(TOKEN_URL)}</span>
        </p>
      )}
    </div>
  );
}
