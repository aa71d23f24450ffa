import type { JournalEntry } from '../journal';

/** The journal keeps at most this many entries unless the user sets another size. */
export const DEFAULT_JOURNAL_LIMIT = 50_000;

/** Keeps the newest `limit` entries; says how many old ones went. */
export function capJournal(
  journal: JournalEntry[],
  limit: number,
): { journal: JournalEntry[]; evicted: number } {
  const size = Math.max(1, Math.floor(limit));
  if (journal.length <= size) return { journal, evicted: 0 };
  const evicted = journal.length - size;
  return { journal: journal.slice(evicted), evicted };
}

/** A ring size the user typed, made safe: a whole number of at least 1, else the default. */
export function normaliseLimit(value: unknown): number {
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(n) && n >= 1 ? Math.floor(n) : DEFAULT_JOURNAL_LIMIT;
}
