import { Journal, type JournalEntry } from './journal';
import { capJournal, DEFAULT_JOURNAL_LIMIT, normaliseLimit } from './inspector/ring';
import type { Get, Set } from './store';

/** The inspector's slice: ring size, how many old entries went, and a notice for the user. */
export type InspectorState = {
  journalLimit: number;
  /** Entries dropped from the front of the journal since the last clear. */
  evicted: number;
  /** Something the user must know (a stored state that could not be read). */
  notice: string | null;
  /** The entry the details pane shows; other panels (the composer's send result) may set it. */
  selectedEntryId?: string | null;
};

export const initialInspectorState = (): InspectorState => ({
  journalLimit: DEFAULT_JOURNAL_LIMIT,
  evicted: 0,
  notice: null,
});

export type InspectorActions = {
  setJournalLimit(limit: number): void;
  clearJournal(): void;
  /**
   * Replaces the journal with entries from a file (HAR or JSON), as they were recorded; the
   * notice says which entries of the file were dropped (null: none).
   */
  importJournal(entries: JournalEntry[], notice?: string | null): void;
  setNotice(notice: string | null): void;
  /** Shows this journal entry in the inspector's details pane (null: none). */
  selectEntry(id: string | null): void;
  /** Phone, service, journal and settings back to a fresh start, in one step. */
  resetEverything(): void;
};

export const inspectorActions = (set: Set, get: Get, reset: () => void): InspectorActions => ({
  setJournalLimit(limit) {
    const journalLimit = normaliseLimit(limit);
    const capped = capJournal(get().journal, journalLimit);
    const { inspector } = get();
    set({
      journal: capped.journal,
      inspector: { ...inspector, journalLimit, evicted: inspector.evicted + capped.evicted },
    });
  },
  clearJournal() {
    set({ journal: Journal.empty(), inspector: { ...get().inspector, evicted: 0 } });
  },
  importJournal(entries, notice = null) {
    const maxSeq = entries.reduce((m, e) => Math.max(m, e.seq), 0);
    const { inspector } = get();
    const capped = capJournal(Journal.from(entries), inspector.journalLimit);
    set({
      journal: capped.journal,
      seq: Math.max(get().seq, maxSeq),
      inspector: { ...inspector, notice, evicted: inspector.evicted + capped.evicted },
    });
  },
  setNotice(notice) {
    set({ inspector: { ...get().inspector, notice } });
  },
  selectEntry(selectedEntryId) {
    set({ inspector: { ...get().inspector, selectedEntryId } });
  },
  resetEverything() {
    reset();
  },
});
