import type { DeviceState } from '../../device';
import { describeFate, type Journal, type JournalEntry, type RequestEntry } from '../journal';

/**
 * Headers that name one message across its hops: MPNS's X-MessageID (sender-chosen, echoed),
 * WNS's X-WNS-Msg-ID (service-chosen) and MS-CV (the correlation vector WNS echoes). [S15, S20]
 */
export const correlationHeaders = ['x-messageid', 'x-wns-msg-id', 'ms-cv'] as const;

const lower = (headers: Record<string, string>, name: string): string | undefined => {
  for (const [k, v] of Object.entries(headers)) if (k.toLowerCase() === name) return v;
  return undefined;
};

/** Every id this entry is known by: its msgId and the correlation headers of both directions. */
export function correlationIds(entry: RequestEntry): string[] {
  const ids = new Set<string>();
  if (entry.msgId) ids.add(entry.msgId);
  for (const name of correlationHeaders) {
    const sent = lower(entry.request.headers, name);
    const answered = lower(entry.response.headers, name);
    if (sent) ids.add(sent.trim());
    if (answered) ids.add(answered.trim());
  }
  ids.delete('');
  return [...ids];
}

/** Other request entries that share an id with this one (a retry, a replay, the same MS-CV). */
export function relatedEntries(journal: JournalEntry[], entry: RequestEntry): RequestEntry[] {
  const ids = new Set(correlationIds(entry));
  if (ids.size === 0) return [];
  return journal.filter(
    (other): other is RequestEntry =>
      other.kind === 'request' &&
      other.id !== entry.id &&
      correlationIds(other).some((id) => ids.has(id)),
  );
}

/**
 * `relatedEntries` for one entry, kept up to date as the journal grows: each call reads only the
 * entries appended since the last one and forgets those evicted, so an open details pane costs a
 * push the same at 50,000 entries as at ten (issue 21). Another lineage (import, clear) rescans.
 */
export function relatedTracker(entry: RequestEntry): (journal: Journal) => RequestEntry[] {
  const ids = new Set(correlationIds(entry));
  let lineage: object | undefined;
  let scanned = 0;
  let positions: number[] = [];
  return (journal) => {
    if (ids.size === 0) return [];
    if (journal.lineage !== lineage) [lineage, scanned, positions] = [journal.lineage, 0, []];
    for (let p = Math.max(scanned, journal.start); p < journal.end; p++) {
      const other = journal.atPosition(p);
      if (
        other?.kind === 'request' &&
        other.id !== entry.id &&
        correlationIds(other).some((id) => ids.has(id))
      )
        positions.push(p);
    }
    scanned = journal.end;
    positions = positions.filter((p) => p >= journal.start);
    // Read again: a later fate replaces an entry's object.
    return positions.map((p) => journal.atPosition(p) as RequestEntry);
  };
}

export type TimelineEvent = { at?: number; label: string };

/**
 * The phone's timeline for one message: when the service received it, each fate the journal
 * recorded, what the phone itself kept (rendered toasts, raw data, drops in its log) and the
 * `related` requests (`relatedEntries` or `relatedTracker`).
 */
export function messageTimeline(
  related: readonly RequestEntry[],
  entry: RequestEntry,
  phone?: Pick<DeviceState, 'banner' | 'actionCenter' | 'rawInbox' | 'log'>,
): TimelineEvent[] {
  const events: TimelineEvent[] = [
    { at: entry.at, label: `Received by the service: ${entry.response.status}` },
  ];
  const ids = new Set(correlationIds(entry));
  // A drop the phone logged is shown once, from its log with its time, not again as a fate.
  const logged = phone?.log.some((l) => l.msgId && ids.has(l.msgId)) ?? false;
  for (const fate of entry.outcomes)
    if (!(logged && fate.kind === 'dropped')) events.push({ label: describeFate(fate) });
  if (phone && ids.size > 0) {
    const toasts = [...(phone.banner ? [phone.banner] : []), ...phone.actionCenter];
    const seenToasts = new Set<string>();
    for (const toast of toasts) {
      if (!ids.has(toast.msgId) || seenToasts.has(toast.id)) continue;
      seenToasts.add(toast.id);
      events.push({ at: toast.shownAt, label: 'Rendered as a toast' });
    }
    for (const inbox of Object.values(phone.rawInbox))
      for (const raw of inbox)
        if (ids.has(raw.msgId)) events.push({ at: raw.receivedAt, label: 'Raw data delivered' });
    for (const log of phone.log)
      if (log.msgId && ids.has(log.msgId)) events.push({ at: log.at, label: log.message });
  }
  for (const other of related)
    events.push({ at: other.at, label: `Related request ${other.id}: ${other.response.status}` });
  // Stable: untimed fates keep their place right after the receipt.
  return events
    .map((event, i) => ({ event, i }))
    .sort((a, b) => (a.event.at ?? entry.at) - (b.event.at ?? entry.at) || a.i - b.i)
    .map(({ event }) => event);
}
