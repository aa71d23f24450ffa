import { describe, expect, it } from 'vitest';
import { sampleJournal } from './inspector/test-journal';

describe('the inspector selection in the store', () => {
  it('selects an entry for the details pane, and a reset forgets it', () => {
    const { store } = sampleJournal();
    const entry = store.getState().journal.toArray().at(-1)!;
    expect(store.getState().inspector.selectedEntryId ?? null).toBeNull();
    store.getState().selectEntry(entry.id);
    expect(store.getState().inspector.selectedEntryId).toBe(entry.id);
    // The rest of the slice is kept.
    expect(store.getState().inspector.journalLimit).toBeGreaterThan(0);
    store.getState().resetEverything();
    expect(store.getState().inspector.selectedEntryId ?? null).toBeNull();
  });
});
