import * as v from 'valibot';
import type { JournalEntry } from '../journal';
import { check, count, headers, httpToken, oneOf, text, time } from './common';

// One journal entry, checked field by field before it may join the journal: what the inspector
// renders (texts, headers, fates, verdicts) and what it computes on (times, seqs, sizes, kinds).
// Unknown fields are left out.

const diagnostic = v.object({
  rule: text,
  message: text,
  severity: oneOf(['error', 'warning']),
  line: v.optional(count),
  column: v.optional(count),
});

const fate = v.variant(
  'kind',
  [
    v.object({ kind: v.literal('shown'), detail: text }),
    v.object({ kind: v.literal('dropped'), reason: text, diagnostic: v.optional(diagnostic) }),
    v.object({
      kind: oneOf(['queued', 'batched', 'suppressed', 'expired', 'held']),
      reason: text,
    }),
  ],
  'is not a fate (shown, dropped, queued, batched, suppressed, expired or held)',
);

const common = {
  id: text,
  seq: count,
  at: time,
  realAt: v.optional(time),
};

export const requestEntrySchema = v.object({
  ...common,
  kind: v.literal('request'),
  source: oneOf(['page', 'composer', 'relay', 'imported']),
  from: v.optional(text),
  service: oneOf(['wns', 'mpns', 'unknown']),
  type: oneOf(['token', 'toast', 'tile', 'badge', 'raw', 'unknown']),
  appId: v.optional(text),
  request: v.object(
    { method: httpToken, url: text, headers, body: text, size: count },
    'is not a request',
  ),
  response: v.object(
    {
      status: v.pipe(count, v.maxValue(999, 'is not an HTTP status')),
      statusText: text,
      headers,
      body: text,
    },
    'is not a response',
  ),
  verdict: v.object({ summary: text, diagnostic: v.optional(diagnostic) }, 'is not a verdict'),
  msgId: v.optional(text),
  outcomes: v.array(fate, 'is not a list of fates'),
});

export const lifecycleEntrySchema = v.object({
  ...common,
  kind: v.literal('lifecycle'),
  appId: text,
  event: oneOf([
    'appInstalled',
    'appUninstalled',
    'channelOpened',
    'channelClosed',
    'connectionChanged',
    'clockAdvanced',
    'credentialsChanged',
  ]),
  detail: text,
});

const entrySchema = v.variant(
  'kind',
  [requestEntrySchema, lifecycleEntrySchema],
  'is not request or lifecycle',
);

/** An entry that could not be used: which one ("entry 7") and what is wrong with it. */
export type Dropped = { name: string; problem: string };

/** The entries that pass, and the ones that do not, named. */
export function readEntries(
  list: readonly unknown[],
  name = (i: number) => `entry ${i + 1}`,
): { entries: JournalEntry[]; dropped: Dropped[] } {
  const entries: JournalEntry[] = [];
  const dropped: Dropped[] = [];
  list.forEach((item, i) => {
    const result = checkEntry(item);
    if (result.ok) entries.push(result.value);
    else dropped.push({ name: name(i), problem: result.problem });
  });
  return { entries, dropped };
}

export function checkEntry(
  input: unknown,
): { ok: true; value: JournalEntry } | { ok: false; problem: string } {
  return check(entrySchema, input);
}

const LISTED = 3;

/** "3 of 120 entries were dropped: entry 7: `at` is not a time; …" — or null when none were. */
export function droppedNotice(
  dropped: readonly Dropped[],
  total: number,
  what = 'entries',
): string | null {
  if (dropped.length === 0) return null;
  const listed = dropped
    .slice(0, LISTED)
    .map((d) => `${d.name}: ${d.problem}`)
    .join('; ');
  const more = dropped.length > LISTED ? `; and ${dropped.length - LISTED} more` : '';
  return `${dropped.length} of ${total} ${what} ${dropped.length === 1 ? 'was' : 'were'} dropped: ${listed}${more}.`;
}
