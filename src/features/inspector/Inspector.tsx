import { lazy, Suspense, useCallback, useDeferredValue, useMemo, useState } from 'react';
import { journalView, type JournalFilter, type RequestEntry } from '../../store';
import { actions, useTilecast, useTilecastThrottled, useTilecastShallow } from '../../store/react';
import { FilterBar } from './FilterBar';
import { JournalList } from './JournalList';
import { Toolbar } from './Toolbar';

// The details pane and the compare view load when first needed: the journal list is what the
// first page shows, and the bundle budget (B4) is tight.
const EntryDetails = lazy(() =>
  import('./EntryDetails').then((m) => ({ default: m.EntryDetails })),
);
const ComparePane = lazy(() => import('./ComparePane').then((m) => ({ default: m.ComparePane })));

const toggle = (set: ReadonlySet<string>, id: string) => {
  const next = new Set(set);
  if (!next.delete(id)) next.add(id);
  return next;
};

// The selector runs on every store change: the list is rebuilt only when the apps change, so a
// push to one of 200 apps costs the journal view no O(apps) walk (issue 21).
const namesCache = new WeakMap<object, string[]>();
function appNamesOf(apps: Record<string, { appId: string; name: string }>): string[] {
  let names = namesCache.get(apps);
  if (!names) {
    names = Object.values(apps).flatMap((app) => [app.appId, app.name]);
    namesCache.set(apps, names);
  }
  return names;
}

/** The journal: every request and phone event, filterable, with a details pane of small cards. */
export function Inspector() {
  // A burst of pushes re-renders the list ten times a second at most, not once per push; and in
  // the background (a transition, which yields every few ms), so a push arriving meanwhile is
  // answered and shown on the phone without waiting for the journal's rows.
  const journal = useDeferredValue(useTilecastThrottled((s) => s.journal));
  // Ids and names only (flat, compared shallowly): the rest of an app record changes more often.
  const appNames = useTilecastShallow((s) => appNamesOf(s.device.apps));
  const apps = useMemo(() => {
    const list: { appId: string; name: string }[] = [];
    for (let i = 0; i < appNames.length; i += 2)
      list.push({ appId: appNames[i]!, name: appNames[i + 1]! });
    return list;
  }, [appNames]);
  const names = useMemo(() => new Map(apps.map((app) => [app.appId, app.name])), [apps]);
  const [filter, setFilter] = useState<JournalFilter>({});
  const [pinned, setPinned] = useState<ReadonlySet<string>>(new Set());
  const [pinnedOnly, setPinnedOnly] = useState(false);
  // Selection lives in the store so the composer's send result can point at its entry.
  const selectedId = useTilecast((s) => s.inspector.selectedEntryId ?? null);
  const [compareBase, setCompareBase] = useState<string | null>(null);
  const [comparing, setComparing] = useState<[string, string] | null>(null);

  // Typing stays responsive on a huge journal: the list catches up with the latest filter.
  const deferredFilter = useDeferredValue(filter);
  const shownFilter = useMemo(
    () => (pinnedOnly ? { ...deferredFilter, ids: pinned } : deferredFilter),
    [deferredFilter, pinned, pinnedOnly],
  );
  // Kept up to date with what changed since the last catch-up, not refiltered whole (issue 21).
  const [view] = useState(journalView);
  const visible = useMemo(() => view.update(journal, shownFilter), [view, journal, shownFilter]);
  const byId = { get: (id: string) => journal.byId(id) };
  const seen = useMemo(() => journal.facets(), [journal]);
  const appName = useCallback(
    (appId: string | undefined) => (appId ? (names.get(appId) ?? appId) : '—'),
    [names],
  );
  const onSelect = useCallback((id: string) => {
    actions().selectEntry(id);
    setComparing(null);
  }, []);
  const selected = selectedId ? byId.get(selectedId) : undefined;
  const pair = comparing?.map((id) => byId.get(id));
  const [a, b] = (pair ?? []) as (RequestEntry | undefined)[];

  return (
    <section
      aria-label="Inspector"
      className="flex min-h-0 flex-col gap-2 overflow-hidden [contain:content]"
    >
      <h2 className="font-semibold">Journal</h2>
      <Toolbar />
      <FilterBar
        filter={filter}
        onChange={setFilter}
        services={seen.service}
        types={seen.type}
        apps={apps}
        pinnedOnly={pinnedOnly}
        onPinnedOnly={setPinnedOnly}
        shown={visible.length}
        total={journal.length}
      />
      <JournalList
        entries={visible}
        appName={appName}
        selectedId={selectedId}
        pinned={pinned}
        onSelect={onSelect}
      />
      <Suspense fallback={<p className="text-sm text-neutral-500">Loading the details…</p>}>
        {a && b ? (
          <ComparePane a={a} b={b} onClose={() => setComparing(null)} />
        ) : selected ? (
          <EntryDetails
            entry={selected}
            journal={journal}
            actionProps={{
              pinned: pinned.has(selected.id),
              onPin: () => setPinned((p) => toggle(p, selected.id)),
              compareBase,
              onMarkCompare: () => setCompareBase(selected.id),
              onCompare: () => compareBase && setComparing([compareBase, selected.id]),
            }}
          />
        ) : (
          <p className="text-sm text-neutral-500">
            Select an entry to see its request, verdict and fate.
          </p>
        )}
      </Suspense>
    </section>
  );
}
