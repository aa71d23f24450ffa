import { useId, useState } from 'react';
import {
  deletePayload,
  duplicatePayload,
  loadLibrary,
  renamePayload,
  savePayload,
  storeLibrary,
  type SavedPayload,
} from './library';
import type { Draft } from './request';
import { encodeDraft } from './share';

const input = 'w-full rounded border border-neutral-700 bg-neutral-950 px-2 py-1 text-sm';
const small = 'rounded bg-neutral-800 px-2 py-0.5 text-xs';

/** Saved payloads (this browser only) and a share link carrying the draft in its fragment. */
export function LibraryPanel({ draft, onOpen }: { draft: Draft; onOpen: (draft: Draft) => void }) {
  const [items, setItems] = useState<SavedPayload[]>(() => loadLibrary());
  const [name, setName] = useState('');
  const [shareUrl, setShareUrl] = useState('');
  const ids = { name: useId(), share: useId() };
  const update = (next: SavedPayload[]) => {
    storeLibrary(next);
    setItems(next);
  };
  const share = () => {
    const hash = encodeDraft(draft);
    // Replace, not push: sharing should not add history entries.
    history.replaceState(null, '', hash);
    setShareUrl(location.href);
  };
  return (
    <section
      aria-label="Library"
      className="flex flex-col gap-2 rounded border border-neutral-800 p-2"
    >
      <h3 className="text-sm font-semibold">Library</h3>
      <div className="flex items-end gap-2">
        <div className="flex grow flex-col">
          <label htmlFor={ids.name} className="text-xs text-neutral-400">
            Payload name
          </label>
          <input
            id={ids.name}
            className={input}
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
        </div>
        <button
          type="button"
          className={small}
          onClick={() => update(savePayload(items, name.trim() || draft.template, draft))}
        >
          Save payload
        </button>
        <button type="button" className={small} onClick={share}>
          Share as URL
        </button>
      </div>
      {shareUrl && (
        <>
          <label htmlFor={ids.share} className="text-xs text-neutral-400">
            Share URL (the payload is in the fragment, which never leaves this machine)
          </label>
          <input
            id={ids.share}
            readOnly
            className={`${input} font-mono text-xs`}
            value={shareUrl}
            onFocus={(e) => e.target.select()}
          />
        </>
      )}
      <ul aria-label="Saved payloads" className="flex flex-col gap-1">
        {items.map((item) => (
          <li key={item.id} aria-label={item.name} className="flex items-center gap-1 text-sm">
            <input
              aria-label={`Name of ${item.name}`}
              className={`${input} grow`}
              value={item.name}
              onChange={(e) => update(renamePayload(items, item.id, e.target.value))}
            />
            <button type="button" className={small} onClick={() => onOpen(item.draft)}>
              Open
            </button>
            <button
              type="button"
              className={small}
              onClick={() => update(duplicatePayload(items, item.id))}
            >
              Duplicate
            </button>
            <button
              type="button"
              className={small}
              onClick={() => update(deletePayload(items, item.id))}
            >
              Delete
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
