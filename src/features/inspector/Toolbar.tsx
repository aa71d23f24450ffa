import { memo, useRef, useState } from 'react';
import { journalFiles } from '../../store';
import { actions, tilecastStore, useTilecastShallow } from '../../store/react';
import { downloadText } from '../../lib/download';

const button = 'rounded border border-neutral-700 px-2 py-0.5 text-xs hover:bg-neutral-800';

const stamp = () => new Date().toISOString().replace(/[:.]/g, '-');

/**
 * Export and import (HAR 1.2, JSON), clear, ring size, reset — and the notices that go with them.
 * It takes no props and reads the journal only when exporting, so pushes never re-render it.
 */
export const Toolbar = memo(function Toolbar() {
  const { journalLimit, evicted, notice, storage } = useTilecastShallow(
    ({ inspector: i, storage }) => ({
      journalLimit: i.journalLimit,
      evicted: i.evicted,
      notice: i.notice,
      storage,
    }),
  );
  const journal = () => tilecastStore.getState().journal.toArray();
  const [importError, setImportError] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const importFile = async (file: File) => {
    try {
      const data: unknown = JSON.parse(await file.text());
      const { droppedNotice, readJournalFile } = await journalFiles();
      const { entries, dropped, total } = readJournalFile(data);
      actions().importJournal(entries, droppedNotice(dropped, total));
      setImportError(null);
    } catch (error) {
      setImportError(`Could not import ${file.name}: ${(error as Error).message}`);
    }
  };

  return (
    <div className="flex flex-col gap-1.5">
      <div
        role="toolbar"
        aria-label="Journal tools"
        className="flex flex-wrap items-center gap-1.5"
      >
        <button
          type="button"
          className={button}
          onClick={async () => {
            const { toHar } = await journalFiles();
            downloadText(`tilecast-${stamp()}.har`, JSON.stringify(toHar(journal()), null, 2));
          }}
        >
          Export HAR
        </button>
        <button
          type="button"
          className={button}
          onClick={async () => {
            const { toJournalFile } = await journalFiles();
            downloadText(`tilecast-${stamp()}.json`, JSON.stringify(toJournalFile(journal())));
          }}
        >
          Export JSON
        </button>
        <label className={`${button} cursor-pointer`}>
          Import…
          <input
            ref={fileInput}
            type="file"
            accept=".har,.json,application/json"
            aria-label="Import journal (HAR or JSON)"
            className="sr-only"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void importFile(file);
              e.target.value = '';
            }}
          />
        </label>
        <button type="button" className={button} onClick={() => actions().clearJournal()}>
          Clear journal
        </button>
        <label className="flex items-center gap-1 text-xs">
          Keep
          <input
            type="number"
            min={1}
            aria-label="Ring size (entries kept)"
            defaultValue={journalLimit}
            key={journalLimit}
            onBlur={(e) => actions().setJournalLimit(Number(e.target.value))}
            onKeyDown={(e) => {
              if (e.key === 'Enter') actions().setJournalLimit(Number(e.currentTarget.value));
            }}
            className="w-20 rounded border border-neutral-700 bg-neutral-900 px-1 text-xs"
          />
          entries
        </label>
        <button
          type="button"
          className={`${button} border-red-800 text-red-300`}
          onClick={() => actions().resetEverything()}
        >
          Reset everything
        </button>
      </div>
      {storage === 'other-tab' && (
        <p role="alert" className="rounded bg-amber-900 px-2 py-1 text-xs">
          This tab is not saving: Tilecast is open in another tab, and that tab saves the journal,
          apps and channels. What happens here is lost when this tab closes. To save from here,
          close the other tab and reload this one.
        </p>
      )}
      {notice && (
        <p role="alert" className="flex items-center gap-2 rounded bg-amber-900 px-2 py-1 text-xs">
          {notice}
          <button type="button" className="underline" onClick={() => actions().setNotice(null)}>
            Dismiss
          </button>
        </p>
      )}
      {importError && (
        <p role="alert" className="rounded bg-red-900 px-2 py-1 text-xs">
          {importError}
        </p>
      )}
      {evicted > 0 && (
        <p className="text-xs text-amber-300">
          {evicted} older {evicted === 1 ? 'entry was' : 'entries were'} evicted (the journal keeps
          the newest {journalLimit}).
        </p>
      )}
    </div>
  );
});
