import { bench, describe } from 'vitest';
import { Journal, type JournalEntry, type RequestEntry } from '../journal';
import { filterJournal } from './filter';
import { toHar } from './har';
import { capJournal } from './ring';
import { sampleJournal } from './test-journal';

// The scale: 100,000 entries, filter and search under 100 ms. Run with `npx vitest bench`.
const { journal } = sampleJournal();
const templates = journal.filter((e): e is RequestEntry => e.kind === 'request');
const big: JournalEntry[] = Array.from({ length: 100_000 }, (_, i) => {
  const t = templates[i % templates.length]!;
  return {
    ...t,
    id: `entry-${i + 1}`,
    seq: i + 1,
    request: { ...t.request, body: `${t.request.body}<!-- ${i} -->` },
  };
});
filterJournal(big, { text: 'warm the search segments' });

describe('journal at 100,000 entries', () => {
  bench('filter by outcome dropped', () => void filterJournal(big, { outcome: 'dropped' }));
  bench('free-text search', () => void filterJournal(big, { text: '<!-- 99999 -->' }));
  bench(
    'type + status + text',
    () => void filterJournal(big, { type: 'toast', status: '2xx', text: 'goal' }),
  );
  bench('ring cap to 50,000', () => void capJournal(Journal.from(big), 50_000));
  bench('HAR export', () => void toHar(big), { iterations: 3 });
});
