import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { gallery, type GalleryItem } from './gallery';
import { matchesQuery } from './gallery-tags';
import { Thumbnail } from './Thumbnail';
import { useLook } from './use-look';

/**
 * The template gallery: every sample as a live thumbnail, grouped by service and family, and
 * searchable by name or by what it shows ("image", "peek", "3 lines"). Loaded on demand.
 */
export default function Gallery({
  value,
  onPick,
  onClose,
}: {
  value: string;
  onPick: (item: GalleryItem) => void;
  onClose: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [scroller, setScroller] = useState<HTMLDivElement | null>(null);
  const [query, setQuery] = useState('');
  const searchId = useId();
  const look = useLook(undefined);
  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
  }, []);
  const groups = useMemo(() => {
    const byFamily = new Map<string, GalleryItem[]>();
    for (const item of gallery)
      if (matchesQuery(item, query))
        byFamily.set(item.family, [...(byFamily.get(item.family) ?? []), item]);
    return [...byFamily];
  }, [query]);
  const count = groups.reduce((n, [, items]) => n + items.length, 0);
  const pick = (item: GalleryItem) => {
    onPick(item);
    dialog.current?.close();
  };
  return (
    <dialog
      ref={dialog}
      aria-label="Template gallery"
      onClose={onClose}
      className="m-auto flex h-[90vh] w-[min(1100px,95vw)] flex-col rounded border border-neutral-700 bg-neutral-900 p-0 text-neutral-100 backdrop:bg-black/70"
    >
      <div className="flex flex-wrap items-center gap-3 border-b border-neutral-800 p-3">
        <h3 className="font-semibold">Template gallery</h3>
        <label htmlFor={searchId} className="sr-only">
          Search templates
        </label>
        <input
          id={searchId}
          type="search"
          autoFocus
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder="Search: name, image, peek, 3 lines, wide…"
          className="min-w-0 flex-1 rounded border border-neutral-700 bg-neutral-950 px-2 py-1 text-sm"
        />
        <p role="status" className="text-xs text-neutral-400">
          {count} {count === 1 ? 'template' : 'templates'}
        </p>
        <button
          type="button"
          onClick={() => dialog.current?.close()}
          className="rounded border border-neutral-700 px-3 py-1 text-xs"
        >
          Close
        </button>
      </div>
      <div ref={setScroller} data-motion="paused" className="min-h-0 flex-1 overflow-y-auto p-3">
        {count === 0 && (
          <p className="text-sm text-neutral-400">
            No template matches “{query}”. Try a name, or words like image, peek, text, wide.
          </p>
        )}
        {groups.map(([family, items]) => (
          <section key={family} aria-label={family} className="mb-4">
            <h4 className="mb-2 text-sm font-semibold text-neutral-300">
              {family} <span className="font-normal text-neutral-500">({items.length})</span>
            </h4>
            <ul className="grid grid-cols-[repeat(auto-fill,minmax(180px,1fr))] gap-2">
              {items.map((item) => (
                <li key={item.id}>
                  <button
                    type="button"
                    aria-label={item.name}
                    aria-current={item.id === value ? 'true' : undefined}
                    onClick={() => pick(item)}
                    className={`flex w-full flex-col items-center gap-1 rounded border p-1.5 text-left hover:border-sky-500 focus-visible:border-sky-400 ${item.id === value ? 'border-sky-500' : 'border-neutral-800'}`}
                  >
                    <Thumbnail item={item} look={look} root={scroller} />
                    <span className="w-full truncate text-xs">{item.name}</span>
                    <span className="w-full truncate text-[10px] text-neutral-500">
                      {item.tags.filter((t) => t !== item.service).join(' · ')}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </dialog>
  );
}
