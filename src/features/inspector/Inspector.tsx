import { useState } from 'react';
import { useTilecast } from '../../store/react';
import { EntryDetails } from './EntryDetails';
import { clockTime, outcomeLabel } from './summary';

/** The journal: every request and lifecycle event, newest last, with a details pane. */
export function Inspector() {
  const journal = useTilecast((s) => s.journal);
  const apps = useTilecast((s) => s.device.apps);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const selected = journal.find((e) => e.id === selectedId);

  return (
    <section aria-label="Inspector" className="flex min-h-0 flex-col gap-3">
      <h2 className="font-semibold">Journal</h2>
      <ol
        aria-label="Journal entries"
        className="max-h-[45%] min-h-24 overflow-y-auto rounded border border-neutral-800 text-xs"
      >
        {journal.map((entry) => (
          <li key={entry.id}>
            <button
              type="button"
              aria-pressed={entry.id === selectedId}
              onClick={() => setSelectedId(entry.id)}
              className="grid w-full grid-cols-[5.5rem_3.5rem_3rem_2.5rem_1fr] gap-2 border-b border-neutral-900 px-2 py-1 text-left hover:bg-neutral-800 aria-pressed:bg-sky-950"
            >
              <span className="text-neutral-500">{clockTime(entry.at)}</span>
              {entry.kind === 'request' ? (
                <>
                  <span>{entry.request.method}</span>
                  <span>{entry.type}</span>
                  <span
                    className={entry.response.status === 200 ? 'text-emerald-400' : 'text-red-400'}
                  >
                    {entry.response.status}
                  </span>
                  <span className="truncate">
                    {apps[entry.appId ?? '']?.name ?? '—'} · {outcomeLabel(entry)}
                  </span>
                </>
              ) : (
                <span className="col-span-4 truncate text-neutral-300">{entry.detail}</span>
              )}
            </button>
          </li>
        ))}
      </ol>
      {selected ? (
        <EntryDetails entry={selected} />
      ) : (
        <p className="text-sm text-neutral-500">
          Select an entry to see its request, verdict and fate.
        </p>
      )}
    </section>
  );
}
