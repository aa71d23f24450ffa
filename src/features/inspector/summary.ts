import type { JournalEntry } from '../../store';

/** The phone's fate in one word for a journal row. */
export function outcomeLabel(entry: JournalEntry): string {
  if (entry.kind === 'lifecycle') return '';
  const [first] = entry.outcomes;
  if (!first)
    return entry.response.status === 200 && entry.type === 'token' ? 'token issued' : 'refused';
  return first.kind === 'shown' ? `shown: ${first.detail}` : 'dropped';
}

export const clockTime = (at: number) =>
  new Date(at).toLocaleTimeString('en-GB', { hour12: false }) +
  `.${String(at % 1000).padStart(3, '0')}`;
