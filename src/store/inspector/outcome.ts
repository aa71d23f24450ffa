import type { JournalEntry, RequestEntry } from '../journal';

/**
 * Every fate an entry can have, in words the filter bar offers. New fates (a service added by
 * another branch) pass through as their own `kind`, so nothing here needs to know them all.
 */
export const knownOutcomes = [
  'shown',
  'queued',
  'batched',
  'suppressed',
  'dropped',
  'held',
  'expired',
  'refused',
  'token issued',
  'accepted',
] as const;

/** The fates of a request entry as words: its phone outcomes, or why nothing reached the phone. */
export function outcomeKinds(entry: RequestEntry): string[] {
  if (entry.outcomes.length > 0) return entry.outcomes.map((fate) => fate.kind);
  if (droppedByService(entry)) return ['dropped'];
  if (entry.response.status >= 200 && entry.response.status < 300)
    return [entry.type === 'token' ? 'token issued' : 'accepted'];
  return ['refused'];
}

/** WNS answered 200 but dropped the notification itself (a toast to an offline phone). [S15] */
function droppedByService(entry: RequestEntry): boolean {
  if (entry.response.status !== 200) return false;
  for (const [name, value] of Object.entries(entry.response.headers))
    if (name.toLowerCase() === 'x-wns-status' && value === 'dropped') return true;
  return false;
}

/** The latest fate is what the phone ended with (queued, then shown → shown). */
export function finalOutcome(entry: JournalEntry): string {
  if (entry.kind !== 'request') return '';
  const kinds = outcomeKinds(entry);
  return kinds[kinds.length - 1]!;
}

/** The reason that goes with the final fate, for a row. */
export function outcomeReason(entry: RequestEntry): string {
  const last = entry.outcomes[entry.outcomes.length - 1];
  if (!last) {
    if (droppedByService(entry)) return `by ${entry.service.toUpperCase()}`;
    return entry.response.status >= 300 ? entry.verdict.summary : '';
  }
  return last.kind === 'shown' ? last.detail : 'reason' in last ? last.reason : '';
}
