import type { Journal } from '../journal';

/** The journal keeps at most this many entries unless the user sets another size. */
export const DEFAULT_JOURNAL_LIMIT = 50_000;

/** Keeps the newest `limit` entries; says how many old ones went. O(evicted), not O(n). */
export const capJournal = (
  journal: Journal,
  limit: number,
): { journal: Journal; evicted: number } => journal.cap(limit);

/** A ring size the user typed, made safe: a whole number of at least 1, else the default. */
export function normaliseLimit(value: unknown): number {
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(n) && n >= 1 ? Math.floor(n) : DEFAULT_JOURNAL_LIMIT;
}
