import { describe, expect, it } from 'vitest';
import { Journal, type JournalEntry, type RequestEntry } from '../journal';
import { filterJournal, type JournalFilter } from './filter';
import { sampleJournal } from './test-journal';
import { journalView, type Rows } from './view';

const list = (rows: Rows) => Array.from({ length: rows.length }, (_, i) => rows.at(i));

/** Sample entries renumbered from `from`, with their own message ids. */
function more(from: number, count: number): JournalEntry[] {
  const { journal } = sampleJournal();
  return Array.from({ length: count }, (_, i) => {
    const t = journal[i % journal.length]!;
    const seq = from + i;
    return t.kind === 'request'
      ? { ...t, id: `entry-${seq}`, seq, msgId: `m${seq}`, outcomes: [] }
      : { ...t, id: `entry-${seq}`, seq };
  });
}

describe('the journal view', () => {
  it('is the journal itself with no filter', () => {
    const journal = Journal.from(more(1, 5));
    expect(journalView().update(journal, {})).toBe(journal);
  });

  it('follows appends, evictions and fates as a refilter would', () => {
    const view = journalView();
    const filter: JournalFilter = { outcome: 'expired' };
    const fresh: JournalFilter = { type: 'toast' };
    let journal = Journal.from(more(1, 40));
    view.update(journal, filter);
    view.update(journal, fresh);
    for (let round = 0; round < 30; round++) {
      journal = journal.append(more(41 + round, 1)[0]!).cap(25).journal;
      const gone = journal.at(round % 20) as RequestEntry;
      if (gone.kind === 'request' && gone.msgId)
        journal = journal.addFate(gone.msgId, { kind: 'expired', reason: 'late' });
      for (const f of [filter, fresh])
        expect(list(view.update(journal, f))).toEqual(filterJournal(journal.toArray(), f));
    }
  });

  it('keeps the same rows while nothing changed, and for an older handle', () => {
    const view = journalView();
    const filter = { type: 'toast' };
    const older = Journal.from(more(1, 10));
    const newer = older.append(more(11, 1)[0]!);
    const rows = view.update(newer, filter);
    expect(view.update(newer, filter)).toBe(rows);
    expect(view.update(older, filter)).toBe(rows);
  });

  it('starts over for a new journal (an import) or a new filter', () => {
    const view = journalView();
    const filter = { service: 'wns' };
    view.update(Journal.from(more(1, 10)), filter);
    const imported = Journal.from(more(100, 3));
    expect(list(view.update(imported, filter))).toEqual(filterJournal(imported.toArray(), filter));
  });
});
