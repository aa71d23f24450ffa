import type { Journal, JournalEntry } from '../journal';
import { filterJournal, isEmptyFilter, matches, type JournalFilter } from './filter';

/** What the journal list reads: a length and the entry at an index (an array fits too). */
export type Rows = { readonly length: number; at(index: number): JournalEntry | undefined };

/**
 * The journal list's rows for a filter, kept up to date at the cost of what changed since the
 * last catch-up: new entries are tested, evicted ones leave the front, entries with a later fate
 * are tested again. Filtering all 50,000 entries at each catch-up made a push at a full ring
 * slower than at an empty one (issue 21). With no filter the rows are the journal itself.
 */
export function journalView() {
  let rows: (JournalEntry | undefined)[] = [];
  /** The journal position of each row. */
  let positions: number[] = [];
  let head = 0;
  let seen: { lineage: object; version: number; end: number; filter: JournalFilter } | undefined;
  let current: Rows = [];

  const rebuild = (journal: Journal, filter: JournalFilter) => {
    const found = filterJournal(journal.toArray(), filter);
    rows = found.slice();
    positions = [];
    let k = 0;
    // The matches are in journal order: pair each with its position in one pass.
    for (let p = journal.start; p < journal.end && k < found.length; p++)
      if (journal.atPosition(p) === found[k]) {
        positions.push(p);
        k++;
      }
    head = 0;
  };

  const add = (at: number, entry: JournalEntry, position: number) => {
    rows.splice(at, 0, entry);
    positions.splice(at, 0, position);
  };
  const remove = (at: number) => {
    rows.splice(at, 1);
    positions.splice(at, 1);
  };

  /** Index of a position among the rows (binary search), or where it would go (negated - 1). */
  const indexOf = (position: number) => {
    let lo = head;
    let hi = positions.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const p = positions[mid]!;
      if (p === position) return mid;
      if (p < position) lo = mid + 1;
      else hi = mid - 1;
    }
    return -lo - 1;
  };

  const catchUp = (journal: Journal, filter: JournalFilter, from: number, version: number) => {
    const fated = journal.fatedSince(version);
    if (!fated) return false;
    while (head < positions.length && positions[head]! < journal.start) rows[head++] = undefined;
    if (head > 1024 && head * 2 > rows.length) {
      rows = rows.slice(head);
      positions = positions.slice(head);
      head = 0;
    }
    const text = filter.text?.trim();
    for (const p of fated) {
      if (p < journal.start || p >= from) continue;
      const entry = journal.atPosition(p)!;
      const i = indexOf(p);
      const keep = matches(entry, filter, text);
      if (i >= 0 && keep) rows[i] = entry;
      else if (i >= 0) remove(i);
      else if (keep) add(-i - 1, entry, p);
    }
    for (let p = Math.max(from, journal.start); p < journal.end; p++) {
      const entry = journal.atPosition(p)!;
      if (matches(entry, filter, text)) add(rows.length, entry, p);
    }
    return true;
  };

  return {
    /** The rows of this journal that pass the filter; the same object while nothing changed. */
    update(journal: Journal, filter: JournalFilter): Rows {
      if (isEmptyFilter(filter)) {
        seen = undefined;
        return journal;
      }
      const { lineage, version, end } = journal;
      // An older handle than the one last seen (a deferred render) reads the same entries.
      if (seen?.lineage === lineage && seen.filter === filter && version <= seen.version)
        return current;
      const same = seen?.lineage === lineage && seen.filter === filter;
      if (!same || !catchUp(journal, filter, seen!.end, seen!.version)) rebuild(journal, filter);
      seen = { lineage, version, end, filter };
      const [r, h, n] = [rows, head, rows.length - head];
      current = {
        length: n,
        at: (i) => (i >= -n && i < n ? r[h + (i < 0 ? n + i : i)] : undefined),
      };
      return current;
    },
  };
}
