import { useState } from 'react';
import { copyProblem, fetchInit, toCurl, toFetch, type RequestEntry } from '../../../store';

const button = 'rounded border border-neutral-700 px-2 py-0.5 text-xs hover:bg-neutral-800';

export type EntryActionsProps = {
  entry: RequestEntry;
  pinned: boolean;
  onPin(): void;
  compareBase: string | null;
  onMarkCompare(): void;
  onCompare(): void;
};

/** Pin, compare, copy as curl / fetch, replay: what a developer does next with a request. */
export function EntryActions({
  entry,
  pinned,
  onPin,
  compareBase,
  onMarkCompare,
  onCompare,
}: EntryActionsProps) {
  const [message, setMessage] = useState('');
  const [manual, setManual] = useState<string | null>(null);

  const copy = async (what: string, snippet: () => string) => {
    // An imported entry may hold a method or header no client can send: say so, copy nothing.
    const problem = copyProblem(entry);
    if (problem) {
      setManual(null);
      setMessage(`Not copied: ${problem}`);
      return;
    }
    const text = snippet();
    try {
      await navigator.clipboard.writeText(text);
      setManual(null);
      setMessage(`Copied ${what}`);
    } catch {
      // No clipboard (permissions, insecure origin): show the text to copy by hand.
      setManual(text);
      setMessage(`Select and copy the ${what} below`);
    }
  };

  const replay = async () => {
    setMessage('Replaying…');
    try {
      const response = await fetch(entry.request.url, fetchInit(entry));
      setMessage(`Replayed: ${response.status} ${response.statusText} (a new entry)`);
    } catch (error) {
      setMessage(`Replay failed: ${String(error)}`);
    }
  };

  return (
    <div className="flex flex-col gap-1">
      <div role="toolbar" aria-label="Entry actions" className="flex flex-wrap gap-1">
        <button type="button" className={button} aria-pressed={pinned} onClick={onPin}>
          {pinned ? 'Unpin' : 'Pin'}
        </button>
        {compareBase && compareBase !== entry.id ? (
          <button type="button" className={button} onClick={onCompare}>
            Compare with marked
          </button>
        ) : (
          <button type="button" className={button} onClick={onMarkCompare}>
            {compareBase === entry.id ? 'Marked for compare' : 'Mark for compare'}
          </button>
        )}
        <button
          type="button"
          className={button}
          onClick={() => void copy('curl command', () => toCurl(entry))}
        >
          Copy as curl
        </button>
        <button
          type="button"
          className={button}
          onClick={() => void copy('fetch call', () => toFetch(entry))}
        >
          Copy as fetch
        </button>
        <button type="button" className={button} onClick={() => void replay()}>
          Replay
        </button>
      </div>
      <p role="status" className="text-xs text-neutral-400">
        {message}
      </p>
      {manual && (
        <textarea
          readOnly
          aria-label="Copy this text"
          value={manual}
          rows={5}
          className="rounded bg-neutral-950 p-1 font-mono text-xs"
          onFocus={(e) => e.target.select()}
        />
      )}
    </div>
  );
}
