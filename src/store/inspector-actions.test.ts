import { describe, expect, it } from 'vitest';
import { sampleJournal } from './inspector/test-journal';
import { createTilecastStore, SAMPLE_APP } from './store';

describe('the inspector slice of the store', () => {
  it('stamps real time on each new entry while the virtual clock runs ahead', () => {
    let t = 1000;
    const store = createTilecastStore({ seed: 2, realNow: () => t });
    store.getState().advanceClock(3_600_000);
    t = 2000;
    store.getState().installApp('Fabrikam');
    const last = store.getState().journal.toArray().at(-1)!;
    expect(last).toMatchObject({ at: 3_602_000, realAt: 2000 });
  });

  it('keeps the ring size, counting evictions, and counts on as entries arrive', () => {
    const { store } = sampleJournal();
    const all = store.getState().journal.toArray();
    store.getState().setJournalLimit(3);
    expect(store.getState().journal.toArray()).toEqual(all.slice(-3));
    expect(store.getState().inspector.evicted).toBe(all.length - 3);
    store.getState().installApp('Fabrikam');
    expect(store.getState().journal.toArray()).toHaveLength(3);
    expect(store.getState().inspector.evicted).toBe(all.length - 2);
  });

  it('clears the journal and forgets the evictions', () => {
    const { store } = sampleJournal();
    store.getState().setJournalLimit(2);
    store.getState().clearJournal();
    expect(store.getState().journal.toArray()).toEqual([]);
    expect(store.getState().inspector.evicted).toBe(0);
  });

  it('imports entries as recorded and keeps new ids above them', () => {
    const { journal } = sampleJournal();
    const store = createTilecastStore({ seed: 9, sampleApp: false });
    store.getState().importJournal(journal);
    expect(store.getState().journal.toArray()).toEqual(journal);
    store.getState().installApp('Fabrikam');
    const ids = store
      .getState()
      .journal.toArray()
      .map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('resets everything in one step: a fresh phone with only the sample app', () => {
    const { store } = sampleJournal();
    store.getState().installApp('Fabrikam');
    store.getState().setJournalLimit(10);
    store.getState().setNotice('old news');
    store.getState().resetEverything();
    const state = store.getState();
    expect(Object.values(state.device.apps).map((a) => a.name)).toEqual([SAMPLE_APP]);
    // The same clean slate as window.tilecast.reset(): the sample app's set-up is not journaled.
    expect(state.journal.toArray()).toEqual([]);
    expect(state.inspector).toEqual({ journalLimit: 50_000, evicted: 0, notice: null });
  });
});
