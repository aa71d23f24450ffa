import { memo } from 'react';
import type { RawMessage } from '../../store';
import { useTilecast } from '../../store/react';

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Raw data as text when it is UTF-8, and always as hex. */
function describe(bytes: Uint8Array) {
  let text: string | null;
  try {
    text = decoder.decode(bytes);
  } catch {
    text = null;
  }
  const hex = Array.from(bytes.slice(0, 64), (b) => b.toString(16).padStart(2, '0')).join(' ');
  return { text, hex: bytes.length > 64 ? `${hex} …` : hex };
}

/** Raw notifications each running app received (MPNS HttpNotificationReceived). */
export function RawConsole() {
  const appOrder = useTilecast((s) => s.device.appOrder);
  return (
    <section
      aria-label="Raw console"
      className="rounded border border-neutral-800 p-3 text-sm [contain:content] will-change-transform"
    >
      <h2 className="mb-2 font-semibold">Raw console</h2>
      {appOrder.map((appId) => (
        <AppRaw key={appId} appId={appId} />
      ))}
    </section>
  );
}

/**
 * The console shows the newest messages only: a flood of 10,000 raw pushes (issue 11) rendered
 * every line on every push. The full inbox stays in the store and in the journal.
 */
const SHOWN = 100;

function AppRaw({ appId }: { appId: string }) {
  const name = useTilecast((s) => s.device.apps[appId]?.name ?? appId);
  const inbox = useTilecast((s) => s.device.rawInbox[appId]);
  return (
    <div className="mb-2">
      <h3 className="text-neutral-400">{name}</h3>
      {!inbox?.length ? (
        <p className="text-neutral-500">No raw data received.</p>
      ) : (
        <ol aria-label={`${name} raw messages`} className="max-h-32 space-y-1 overflow-y-auto">
          {inbox.length > SHOWN && (
            <li className="text-xs text-neutral-500">
              {inbox.length - SHOWN} earlier messages not shown
            </li>
          )}
          {inbox.slice(-SHOWN).map((m) => (
            <RawLine key={m.id} message={m} />
          ))}
        </ol>
      )}
    </div>
  );
}

const RawLine = memo(function RawLine({ message }: { message: RawMessage }) {
  const { text, hex } = describe(message.bytes);
  const time = new Date(message.receivedAt).toISOString().slice(11, 19);
  return (
    <li className="font-mono text-xs break-all">
      <span className="text-neutral-400">{time} </span>
      {text !== null && <span>{text} </span>}
      <span className="text-neutral-500">[{hex}]</span>
    </li>
  );
});
