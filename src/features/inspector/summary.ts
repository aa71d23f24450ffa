import type { JournalEntry } from '../../store';

/** The notification's latest fate in a few words for a journal row (queued → shown, …). */
export function outcomeLabel(entry: JournalEntry): string {
  if (entry.kind === 'lifecycle') return '';
  const last = entry.outcomes.at(-1);
  if (!last) {
    if (entry.response.status === 200 && entry.type === 'token') return 'token issued';
    // WNS answered 200 but dropped it itself (a toast to an offline phone). [S15]
    if (entry.response.status === 200 && entry.response.headers['X-WNS-Status'] === 'dropped')
      return 'dropped by WNS';
    return 'refused';
  }
  return last.kind === 'shown' ? `shown: ${last.detail}` : last.kind;
}

export const clockTime = (at: number) =>
  new Date(at).toLocaleTimeString('en-GB', { hour12: false }) +
  `.${String(at % 1000).padStart(3, '0')}`;
