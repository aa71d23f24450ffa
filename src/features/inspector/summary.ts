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

export const clockTime = (at: number) =>
  new Date(at).toLocaleTimeString('en-GB', { hour12: false }) +
  `.${String(((at % 1000) + 1000) % 1000).padStart(3, '0')}`;
