import { memo } from 'react';
import { knownOutcomes, type JournalFilter } from '../../store';
import { shallowEqual } from '../../store/react';

type Props = {
  filter: JournalFilter;
  onChange(filter: JournalFilter): void;
  services: string[];
  types: string[];
  apps: { appId: string; name: string }[];
  pinnedOnly: boolean;
  onPinnedOnly(value: boolean): void;
  shown: number;
  total: number;
};

const field = 'rounded border border-neutral-700 bg-neutral-900 px-1 py-0.5 text-xs';

function Choice(props: {
  label: string;
  value: string | undefined;
  options: readonly string[] | { value: string; label: string }[];
  onChange(value: string): void;
}) {
  return (
    <select
      aria-label={props.label}
      value={props.value ?? ''}
      onChange={(e) => props.onChange(e.target.value)}
      className={field}
    >
      <option value="">{props.label}: any</option>
      {props.options.map((o) =>
        typeof o === 'string' ? (
          <option key={o} value={o}>
            {o}
          </option>
        ) : (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ),
      )}
    </select>
  );
}

/** Service, type, app, status, outcome and free text; every choice narrows the list at once. */
export function FilterBar({ shown, total, ...controls }: Props) {
  return (
    <div role="search" aria-label="Filter journal" className="flex flex-wrap items-center gap-1.5">
      <FilterControls {...controls} />
      {/* A fixed box: the count changes with every push, and its relayout stays inside. */}
      <span
        role="status"
        className="inline-block h-4 w-44 truncate text-xs whitespace-nowrap text-neutral-400 [contain:strict]"
      >
        {shown === total ? `${total} entries` : `${shown} of ${total} entries`}
      </span>
    </div>
  );
}

// The controls re-render only when a choice or an option changes, not with every push's new
// count: a re-render rewrites each input's name and type, which restyles and repaints them.
// The option lists are rebuilt each frame, so they compare by content.
const FilterControls = memo(
  function FilterControls(props: Omit<Props, 'shown' | 'total'>) {
    const { filter, onChange } = props;
    const set = (patch: Partial<JournalFilter>) => onChange({ ...filter, ...patch });
    const withDefaults = (seen: string[], defaults: string[]) =>
      [...new Set([...defaults, ...seen])].sort();
    return (
      <>
        <input
          type="search"
          aria-label="Search journal"
          placeholder="Search URL, headers, body, verdict…"
          value={filter.text ?? ''}
          onChange={(e) => set({ text: e.target.value })}
          className={`${field} min-w-48 flex-1`}
        />
        <Choice
          label="Service"
          value={filter.service}
          options={withDefaults(props.services, ['wns', 'mpns'])}
          onChange={(service) => set({ service })}
        />
        <Choice
          label="Type"
          value={filter.type}
          options={withDefaults(props.types, ['toast', 'tile', 'badge', 'raw', 'token'])}
          onChange={(type) => set({ type })}
        />
        <Choice
          label="App"
          value={filter.app}
          options={props.apps.map((a) => ({ value: a.appId, label: a.name }))}
          onChange={(app) => set({ app })}
        />
        <Choice
          label="Outcome"
          value={filter.outcome}
          options={knownOutcomes}
          onChange={(outcome) => set({ outcome })}
        />
        <input
          aria-label="Status"
          placeholder="Status (200, 4xx)"
          value={filter.status ?? ''}
          onChange={(e) => set({ status: e.target.value })}
          className={`${field} w-28`}
        />
        <label className="flex items-center gap-1 text-xs">
          <input
            type="checkbox"
            checked={props.pinnedOnly}
            onChange={(e) => props.onPinnedOnly(e.target.checked)}
          />
          Pinned only
        </label>
        <button type="button" className={field} onClick={() => onChange({})}>
          Clear filters
        </button>
      </>
    );
  },
  (a, b) => (Object.keys(a) as (keyof typeof a)[]).every((key) => shallowEqual(a[key], b[key])),
);
