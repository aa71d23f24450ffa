import type { JournalEntry } from '../../store';

/** The phone's fate in one word for a journal row. */
export function outcomeLabel(entry: JournalEntry): string {
  if (entry.kind === 'lifecycle') return '';
  // The latest fate: a held notification reads "batched", then "shown" once released.
  const latest = entry.outcomes.at(-1);
  if (!latest)
    return entry.response.status === 200 && entry.type === 'token' ? 'token issued' : 'refused';
  return latest.kind === 'shown' ? `shown: ${latest.detail}` : latest.kind;
}

export const clockTime = (at: number) =>
  new Date(at).toLocaleTimeString('en-GB', { hour12: false }) +
  `.${String(at % 1000).padStart(3, '0')}`;
