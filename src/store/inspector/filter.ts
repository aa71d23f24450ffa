import type { JournalEntry } from '../journal';
import { outcomeKinds } from './outcome';
import { entryContains, searchJournal } from './search';

/** What the filter bar asks for; an empty or missing field matches everything. */
export type JournalFilter = {
  service?: string;
  type?: string;
  /** An appId, matched exactly. */
  app?: string;
  /** An exact status ("200") or a class ("4xx"). */
  status?: string;
  outcome?: string;
  /** Case-insensitive; searches URL, headers, body, verdict, response, ids and lifecycle detail. */
  text?: string;
  /** Only these entry ids (pinned). */
  ids?: ReadonlySet<string>;
};

function statusMatches(status: number, wanted: string): boolean {
  const w = wanted.trim().toLowerCase();
  if (/^\dxx$/.test(w)) return Math.floor(status / 100) === Number(w[0]);
  return String(status) === w;
}

/** True if the entry passes every field of the filter. Lifecycle entries have no HTTP fields. */
export function matches(
  entry: JournalEntry,
  filter: JournalFilter,
  text = filter.text?.trim(),
): boolean {
  if (filter.ids && !filter.ids.has(entry.id)) return false;
  if (filter.app && entry.appId !== filter.app) return false;
  if (entry.kind === 'request') {
    if (filter.service && entry.service !== filter.service) return false;
    if (filter.type && entry.type !== filter.type) return false;
    if (filter.status && !statusMatches(entry.response.status, filter.status)) return false;
    if (filter.outcome && !outcomeKinds(entry).includes(filter.outcome)) return false;
  } else if (filter.service || filter.type || filter.status || filter.outcome) {
    return false;
  }
  return !text || entryContains(entry, text);
}

export const isEmptyFilter = (filter: JournalFilter) =>
  !filter.service &&
  !filter.type &&
  !filter.app &&
  !filter.status &&
  !filter.outcome &&
  !filter.text?.trim() &&
  !filter.ids;

/** The entries that pass, in journal order. Returns the same array when nothing filters. */
export function filterJournal(journal: JournalEntry[], filter: JournalFilter): JournalEntry[] {
  if (isEmptyFilter(filter)) return journal;
  const text = filter.text?.trim();
  // Text first, over whole blocks of the journal at once; then the other fields on its hits.
  const found = text ? searchJournal(journal, text) : journal;
  return found.filter((entry) => matches(entry, filter, ''));
}

/** Distinct values seen in the journal, for the filter bar's choices (new services included). */
export function facets(journal: JournalEntry[]): { service: string[]; type: string[] } {
  const service = new Set<string>();
  const type = new Set<string>();
  for (const entry of journal) {
    if (entry.kind !== 'request') continue;
    service.add(entry.service);
    type.add(entry.type);
  }
  return { service: [...service].sort(), type: [...type].sort() };
}
