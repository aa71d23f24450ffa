import { actions, useTilecast } from '../../../store/react';

/** What a drop on a tile added to the app's package, or why it refused a file, on the phone. */
export function PackageDropNotice() {
  const notice = useTilecast((s) => s.packageNotice);
  if (!notice) return null;
  return (
    <li
      // Announced by the package section in Device controls; this is the visual echo on the phone.
      aria-label="Package images message"
      style={{ gridColumn: '1 / -1' }}
      className={`flex w-full list-none items-start gap-2 rounded px-2 py-1 text-xs text-white ${notice.refused.length ? 'bg-amber-900/90' : 'bg-emerald-900/90'}`}
    >
      <span className="min-w-0 flex-1 break-words">
        {notice.added.length > 0 && `Added to ${notice.app}: ${notice.added.join(', ')}. `}
        {notice.cleaned.length > 0 &&
          `Cleaned ${notice.cleaned.length} SVG file(s) to static art: see ${notice.app} package in Device controls. `}
        {notice.refused.length > 0 &&
          `Refused ${notice.refused.length} file(s): see ${notice.app} package in Device controls.`}
      </span>
      <button
        type="button"
        aria-label="Dismiss package message"
        className="px-1 leading-none"
        onClick={() => actions().dismissPackageNotice()}
      >
        ×
      </button>
    </li>
  );
}
