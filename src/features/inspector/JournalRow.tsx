import { memo } from 'react';
import type { JournalEntry } from '../../store';
import { clockTime, notificationStatus, outcomeLabel } from './summary';

type Props = {
  entry: JournalEntry;
  appName: string;
  selected: boolean;
  pinned: boolean;
  onSelect(id: string): void;
};

const statusColour = (status: number) =>
  status < 300 ? 'text-emerald-400' : status < 500 ? 'text-amber-400' : 'text-red-400';

/** Real time first; the virtual time only when the clock has been moved ahead of it. */
function Time({ entry }: { entry: JournalEntry }) {
  const real = entry.realAt ?? entry.at;
  const ahead = Math.abs(entry.at - real) >= 1000;
  return (
    <span
      className="truncate text-neutral-500"
      title={`virtual ${new Date(entry.at).toISOString()}`}
    >
      {clockTime(real)}
      {ahead && <span className="ml-1 text-violet-400">v{clockTime(entry.at).slice(0, 8)}</span>}
    </span>
  );
}

/**
 * One journal row: a request (method, service, type, status, app, fate) or a phone event.
 * Memoised: while a flood follows live, only the rows that scroll in render.
 */
export const JournalRow = memo(function JournalRow({
  entry,
  appName,
  selected,
  pinned,
  onSelect,
}: Props) {
  return (
    <button
      type="button"
      aria-pressed={selected}
      onClick={() => onSelect(entry.id)}
      className="grid h-full w-full grid-cols-[6.25rem_2rem_2.25rem_2.5rem_1.75rem_minmax(0,1fr)_auto] items-center gap-1.5 border-b border-neutral-900 px-2 text-left hover:bg-neutral-800 aria-pressed:bg-sky-950"
    >
      <Time entry={entry} />
      {entry.kind === 'request' ? (
        <>
          <span className="text-neutral-400">{entry.service}</span>
          <span>{entry.request.method}</span>
          <span>{entry.type}</span>
          <span className={statusColour(entry.response.status)}>{entry.response.status}</span>
          <span className="truncate">
            {pinned && <span aria-label="pinned">📌 </span>}
            {appName} · {outcomeLabel(entry)}
          </span>
          <span className="truncate text-neutral-400">{notificationStatus(entry)}</span>
        </>
      ) : (
        <>
          <span className="text-neutral-400">phone</span>
          <span className="col-span-5 truncate text-neutral-300">
            {pinned && <span aria-label="pinned">📌 </span>}
            {entry.detail}
          </span>
        </>
      )}
    </button>
  );
});
