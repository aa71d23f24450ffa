import { useTilecast } from '../../store/react';
import { relayHeadline, relayShare } from './relay-text';

/** Whether back ends outside the browser reach this tab, and for what (issues #9, #19). */
export function RelayStatus() {
  const relay = useTilecast((s) => s.relay);
  const share = relayShare(relay);
  return (
    <div role="status" aria-label="Relay" className="flex flex-col gap-1 text-xs">
      <div className="flex items-center gap-2">
        <span className={relay.active ? 'text-emerald-400' : 'text-neutral-400'}>
          {relayHeadline(relay)}
        </span>
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
      {share && <p className="text-neutral-300">{share}</p>}
    </div>
  );
}
