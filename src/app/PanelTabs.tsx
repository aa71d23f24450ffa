import type { KeyboardEvent } from 'react';

export type Panel = 'composer' | 'journal';

const tabs: { id: Panel; label: string }[] = [
  { id: 'composer', label: 'Composer' },
  { id: 'journal', label: 'Journal' },
];

/** Composer and journal as tabs below 1280 px (at 1280 px and up both show side by side). */
export function PanelTabs({ panel, onPick }: { panel: Panel; onPick: (p: Panel) => void }) {
  // Arrow keys move between tabs, as the ARIA tabs pattern has it.
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
    const next = panel === 'composer' ? 'journal' : 'composer';
    onPick(next);
    document.getElementById(`${next}-tab`)?.focus();
  };
  return (
    <div
      role="tablist"
      aria-label="Composer or journal"
      onKeyDown={onKeyDown}
      className="flex gap-1 border-b border-neutral-800 xl:hidden"
    >
      {tabs.map((t) => (
        <button
          key={t.id}
          id={`${t.id}-tab`}
          type="button"
          role="tab"
          aria-selected={panel === t.id}
          aria-controls={`${t.id}-panel`}
          tabIndex={panel === t.id ? 0 : -1}
          onClick={() => onPick(t.id)}
          className={`rounded-t px-4 py-1.5 text-sm ${panel === t.id ? 'bg-neutral-800 font-semibold' : 'text-neutral-400 hover:text-neutral-200'}`}
        >
          {t.label}
        </button>
      ))}
    </div>
  );
}
