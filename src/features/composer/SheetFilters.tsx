import { useId } from 'react';
import { deviceProfiles } from '../../renderers';
import { themeLabels, themes, tileSizes } from '../../renderers/sizes';
import type { SheetFilter } from './sheet-filter';

const select = 'rounded border border-neutral-700 bg-neutral-950 px-1 py-0.5 text-xs';

/** Profile, theme and size pickers and "Hide unsupported" for the contact sheet. */
export function SheetFilters({
  filter,
  onChange,
  toast,
}: {
  filter: SheetFilter;
  onChange: (filter: SheetFilter) => void;
  /** A toast has one size per profile: no size picker. */
  toast: boolean;
}) {
  const ids = { profile: useId(), theme: useId(), size: useId() };
  const set = (patch: Partial<SheetFilter>) => onChange({ ...filter, ...patch });
  return (
    <fieldset aria-label="Filter cells" className="flex flex-wrap items-center gap-2 text-xs">
      <label htmlFor={ids.profile} className="text-neutral-400">
        Profile
      </label>
      <select
        id={ids.profile}
        value={filter.profile}
        onChange={(e) => set({ profile: e.target.value })}
        className={select}
      >
        <option value="all">All profiles</option>
        {deviceProfiles.map((p) => (
          <option key={p.id} value={p.id}>
            {p.label}
          </option>
        ))}
      </select>
      <label htmlFor={ids.theme} className="text-neutral-400">
        Theme
      </label>
      <select
        id={ids.theme}
        value={filter.theme}
        onChange={(e) => set({ theme: e.target.value })}
        className={select}
      >
        <option value="all">All themes</option>
        {themes.map((t) => (
          <option key={t} value={t}>
            {themeLabels[t]}
          </option>
        ))}
      </select>
      {!toast && (
        <>
          <label htmlFor={ids.size} className="text-neutral-400">
            Size
          </label>
          <select
            id={ids.size}
            value={filter.size}
            onChange={(e) => set({ size: e.target.value })}
            className={select}
          >
            <option value="all">All sizes</option>
            {tileSizes.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </>
      )}
      <label className="flex items-center gap-1">
        <input
          type="checkbox"
          checked={filter.hideUnsupported}
          onChange={(e) => set({ hideUnsupported: e.target.checked })}
        />
        Hide unsupported
      </label>
    </fieldset>
  );
}
