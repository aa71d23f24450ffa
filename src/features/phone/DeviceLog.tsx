import { useTilecast } from '../../store/react';
import { forPeople } from './log-text';

/**
 * The newest lines only: a flood of 10,000 drops rendered every line on every push (issue 11).
 * The whole log stays in the store (`tilecast.phone()`, waitForDrop).
 */
const SHOWN = 200;

/** The phone's event log: drops that a real phone only writes to its system log. */
export function DeviceLog() {
  const log = useTilecast((s) => s.device.log);
  const apps = useTilecast((s) => s.device.apps);
  return (
    <section
      aria-label="Device log"
      className="rounded border border-neutral-800 p-3 text-sm [contain:content] will-change-transform"
    >
      <h2 className="mb-2 font-semibold">Device log</h2>
      {log.length === 0 ? (
        <p className="text-neutral-500">Nothing dropped.</p>
      ) : (
        <ol className="max-h-40 space-y-1 overflow-y-auto">
          {log
            .slice(-SHOWN)
            .reverse()
            .map((entry) => (
              <li key={entry.id} className="text-amber-300">
                <span className="text-neutral-400">
                  {apps[entry.appId ?? '']?.name ?? 'Phone'}:{' '}
                </span>
                <LogLine message={entry.message} />
              </li>
            ))}
          {log.length > SHOWN && (
            <li className="text-neutral-500">{log.length - SHOWN} earlier lines not shown</li>
          )}
        </ol>
      )}
    </section>
  );
}

/** One line as a person reads it; the spec's keys and notes wait behind "why". */
function LogLine({ message }: { message: string }) {
  const { text, why } = forPeople(message);
  if (!why) return text;
  return (
    <>
      {text}{' '}
      <details className="inline [&[open]]:block">
        <summary className="inline cursor-pointer text-sky-400 underline">why</summary>
        <span className="text-neutral-300"> {why}</span>
      </details>
    </>
  );
}
