import type { JournalEntry } from '../journal';
import { outcomeKinds } from './outcome';

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

// Haystacks are built once per entry object: entries are immutable, so the cache never lies,
// and a search over 100,000 entries is one `includes` each.
const haystacks = new WeakMap<JournalEntry, string>();

function haystack(entry: JournalEntry): string {
  let text = haystacks.get(entry);
  if (text !== undefined) return text;
  if (entry.kind === 'request') {
    const { request, response } = entry;
    const headers = (h: Record<string, string>) =>
      Object.entries(h)
        .map(([k, v]) => `${k}: ${v}`)
        .join('\n');
    text = [
      request.method,
      request.url,
      headers(request.headers),
      request.body,
      String(response.status),
      headers(response.headers),
      response.body,
      entry.verdict.summary,
      entry.msgId ?? '',
      entry.appId ?? '',
      entry.service,
      entry.type,
      entry.source,
      ...entry.outcomes.map((f) => JSON.stringify(f)),
    ].join('\n');
  } else {
    text = [entry.event, entry.appId, entry.detail].join('\n');
  }
  text = text.toLowerCase();
  haystacks.set(entry, text);
  return text;
}

function statusMatches(status: number, wanted: string): boolean {
  const w = wanted.trim().toLowerCase();
  if (/^\dxx$/.test(w)) return Math.floor(status / 100) === Number(w[0]);
  return String(status) === w;
}

/** True if the entry passes every field of the filter. Lifecycle entries have no HTTP fields. */
export function matches(entry: JournalEntry, filter: JournalFilter): boolean {
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
  const text = filter.text?.trim().toLowerCase();
  return !text || haystack(entry).includes(text);
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
  return journal.filter((entry) => matches(entry, filter));
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
