import type { JournalEntry, LifecycleEntry, RequestEntry } from '../store';

// Entries an attacker puts in a journal file, a HAR file or the stored state: each one blanked
// the app before imports and restores were checked field by field. Shared by the unit tests of
// the validators and the e2e tests that import and restore them.

type Mutation<T> = { name: string; field: RegExp; make: (entry: T) => unknown };

/** Each a real request entry with one field made hostile, and the field the notice must name. */
export const hostileRequests: Mutation<RequestEntry>[] = [
  { name: 'at 1e300', field: /`at` is not a time/, make: (e) => ({ ...e, at: 1e300 }) },
  { name: 'service as an object', field: /`service`/, make: (e) => ({ ...e, service: {} }) },
  {
    name: 'response headers null',
    field: /`response.headers`/,
    make: (e) => ({ ...e, response: { ...e.response, headers: null } }),
  },
  { name: 'a null outcome', field: /`outcomes.0`/, make: (e) => ({ ...e, outcomes: [null] }) },
  { name: 'verdict null', field: /`verdict`/, make: (e) => ({ ...e, verdict: null }) },
  {
    name: 'a header value that is an object',
    field: /`request.headers.x-evil` is not text/,
    make: (e) => ({ ...e, request: { ...e.request, headers: { 'x-evil': { a: 1 } } } }),
  },
  { name: 'outcomes as a string', field: /`outcomes`/, make: (e) => ({ ...e, outcomes: 'shown' }) },
  {
    name: 'a method with a shell command substitution',
    field: /`request.method` is not an HTTP method/,
    make: (e) => ({ ...e, request: { ...e.request, method: 'POST$(touch${IFS}/tmp/x)' } }),
  },
  {
    name: 'a method with shell words',
    field: /`request.method` is not an HTTP method/,
    make: (e) => ({
      ...e,
      request: {
        ...e.request,
        method: 'POST -o /dev/null http://127.0.0.1/; touch /tmp/x; curl -X POST',
      },
    }),
  },
];

/** A lifecycle entry made hostile: an object where text belongs, or a time no Date can hold. */
export const hostileLifecycle: Mutation<LifecycleEntry>[] = [
  { name: 'event as an object', field: /`event`/, make: (e) => ({ ...e, event: { x: 1 } }) },
  { name: 'detail as an object', field: /`detail`/, make: (e) => ({ ...e, detail: { x: 1 } }) },
  { name: 'at 1e300', field: /`at` is not a time/, make: (e) => ({ ...e, at: 1e300 }) },
];

/** The journal with every hostile entry appended (ids and seqs after the good ones). */
export function withHostileEntries(journal: readonly JournalEntry[]): unknown[] {
  const request = journal.find((e): e is RequestEntry => e.kind === 'request');
  const lifecycle = journal.find((e): e is LifecycleEntry => e.kind === 'lifecycle');
  if (!request || !lifecycle) throw new Error('needs a request and a lifecycle entry to mutate');
  let seq = journal.reduce((m, e) => Math.max(m, e.seq), 0);
  const next = <T extends JournalEntry>(e: T): T => ({ ...e, seq: ++seq, id: `hostile-${seq}` });
  return [
    ...journal,
    ...hostileRequests.map((m) => m.make(next(request))),
    ...hostileLifecycle.map((m) => m.make(next(lifecycle))),
  ];
}

export const hostileCount = hostileRequests.length + hostileLifecycle.length;

type Loose = Record<string, unknown>;
const harHeaders = (h: unknown) =>
  typeof h === 'object' && h !== null && !Array.isArray(h)
    ? Object.entries(h).map(([name, value]) => ({ name, value }))
    : h;

/**
 * A hostile journal entry as a HAR entry: `good` is a HAR entry Tilecast exported, and the
 * hostile entry's fields go where a HAR keeps them (method and headers in HAR's own fields, the
 * rest in `_tilecast`).
 */
export function toHostileHarEntry(good: Loose, hostile: unknown): Loose {
  const { request, response, ...meta } = hostile as Loose & { request: Loose; response: Loose };
  return {
    ...good,
    request: {
      ...(good.request as Loose),
      method: request.method,
      headers: harHeaders(request.headers),
    },
    response: { ...(good.response as Loose), headers: harHeaders(response.headers) },
    _tilecast: meta,
  };
}
