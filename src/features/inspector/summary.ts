import { finalOutcome, outcomeReason, type JournalEntry } from '../../store';

/** The phone's fate for a journal row: "shown: toast banner", "dropped: <reason>", "refused". */
export function outcomeLabel(entry: JournalEntry): string {
  if (entry.kind === 'lifecycle') return '';
  const outcome = finalOutcome(entry);
  const reason = outcomeReason(entry);
  return reason ? `${outcome}: ${reason}` : outcome;
}

/** MPNS and WNS both answer with a notification status header (X-WNS-NotificationStatus…). */
export function notificationStatus(entry: JournalEntry): string {
  if (entry.kind !== 'request') return '';
  for (const [name, value] of Object.entries(entry.response.headers))
    if (/^x-(wns-)?notificationstatus$/i.test(name)) return value;
  return '';
}

// One formatter for every row: `toLocaleTimeString` builds a new Intl.DateTimeFormat per call,
// which profiled as the single costliest function of a journal render.
const hms = new Intl.DateTimeFormat('en-GB', {
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hour12: false,
});

export const clockTime = (at: number) =>
  hms.format(at) + `.${String(((at % 1000) + 1000) % 1000).padStart(3, '0')}`;
