import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { accentColours, type Accent } from '../../renderers';
import { PayloadCell, type CellLook } from '../../renderers/PayloadCell';
import { sheetCells, type PayloadView, type SheetCell } from '../../renderers/sizes';
import { exportPng } from './export-png';
import { allCells, filterCells, type SheetFilter } from './sheet-filter';
import { SheetFilters } from './SheetFilters';

type Status =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'done'; name: string }
  | { kind: 'error'; message: string };

/**
 * The contact sheet: one payload at every size × theme × device profile, each cell labelled
 * (profile · size · theme), sizes a profile or the payload lacks shown as "not supported".
 * Animations are paused through the same `data-motion="paused"` hook as the global pause, so
 * the sheet and its PNG show one face of every tile: the front, or the back (flip back, peek
 * content) when chosen. Loaded on demand (React.lazy).
 */
export default function ContactSheet({
  payload,
  look,
  onClose,
}: {
  payload: PayloadView;
  look: Omit<CellLook, 'onImageFail'>;
  onClose: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const sheet = useRef<HTMLDivElement>(null);
  const [tiles, setTiles] = useState<'app' | Accent>('app');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [face, setFace] = useState<'front' | 'back'>('front');
  const [filter, setFilter] = useState<SheetFilter>(allCells);
  const colourId = useId();
  const faceId = useId();
  const cells = useMemo(() => sheetCells(payload), [payload]);
  const shown = useMemo(() => filterCells(cells, filter), [cells, filter]);
  // One row per profile and theme, its sizes side by side.
  const rows = useMemo(() => {
    const byRow = new Map<string, SheetCell[]>();
    for (const cell of shown) {
      const key = `${cell.profile.id} ${cell.theme}`;
      byRow.set(key, [...(byRow.get(key) ?? []), cell]);
    }
    return [...byRow];
  }, [shown]);
  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
  }, []);
  const accent = tiles === 'app' ? look.accent : tiles;
  const appColour = tiles === 'app' ? look.appColour : accentColours[tiles];

  const runExport = async () => {
    if (!sheet.current) return;
    setStatus({ kind: 'busy' });
    try {
      const name = await exportPng(sheet.current, 'tilecast-contact-sheet.png');
      setStatus({ kind: 'done', name });
    } catch (e) {
      setStatus({ kind: 'error', message: e instanceof Error ? e.message : String(e) });
    }
  };

  return (
    <dialog
      ref={dialog}
      aria-label="Contact sheet"
      onClose={onClose}
      className="m-auto max-h-[90vh] max-w-[95vw] overflow-auto rounded border border-neutral-700 bg-neutral-900 p-4 text-neutral-100 backdrop:bg-black/70"
    >
      <div className="mb-3 flex flex-wrap items-center gap-3">
        <h3 className="font-semibold">Contact sheet</h3>
        <label htmlFor={colourId} className="text-xs text-neutral-400">
          Tile colour
        </label>
        <select
          id={colourId}
          value={tiles}
          onChange={(e) => setTiles(e.target.value as 'app' | Accent)}
          className="rounded border border-neutral-700 bg-neutral-950 px-1 py-0.5 text-xs"
        >
          <option value="app">App colour</option>
          {Object.keys(accentColours).map((a) => (
            <option key={a} value={a}>
              Accent {a}
            </option>
          ))}
        </select>
        <label htmlFor={faceId} className="text-xs text-neutral-400">
          Face
        </label>
        <select
          id={faceId}
          value={face}
          onChange={(e) => setFace(e.target.value as 'front' | 'back')}
          className="rounded border border-neutral-700 bg-neutral-950 px-1 py-0.5 text-xs"
        >
          <option value="front">Front</option>
          <option value="back">Back (flip, peek)</option>
        </select>
        <button
          type="button"
          disabled={status.kind === 'busy'}
          onClick={() => void runExport()}
          className="rounded bg-sky-600 px-3 py-1 text-xs font-semibold disabled:opacity-50"
        >
          {status.kind === 'busy' ? 'Exporting…' : 'Export PNG'}
        </button>
        <button
          type="button"
          onClick={() => dialog.current?.close()}
          className="ml-auto rounded border border-neutral-700 px-3 py-1 text-xs"
        >
          Close
        </button>
      </div>
      <SheetFilters
        filter={filter}
        onChange={setFilter}
        toast={payload.kind === 'toast' || payload.kind === 'raw'}
      />
      <p aria-label="Cells shown" className="mt-2 text-xs text-neutral-400">
        {shown.length} of {cells.length} cells
      </p>
      <p role="status" className="mb-2 text-xs text-neutral-400">
        {status.kind === 'done' && `Exported ${status.name}`}
        {status.kind === 'error' && `Export failed: ${status.message}`}
      </p>
      <div
        ref={sheet}
        data-motion="paused"
        data-face={face}
        aria-label="Contact sheet cells"
        role="group"
        className="flex flex-col gap-4 bg-neutral-900 p-3"
      >
        {rows.map(([key, row]) => (
          <div key={key} className="flex flex-wrap items-start gap-3">
            {row.map((cell) => (
              <PayloadCell
                key={cell.label}
                payload={payload}
                size={cell.size}
                verdict={cell.verdict}
                profile={cell.profile}
                look={{ ...look, theme: cell.theme, accent, appColour }}
                label={cell.label}
                caption={cell.label}
              />
            ))}
          </div>
        ))}
      </div>
    </dialog>
  );
}
