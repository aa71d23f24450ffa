import { describe, expect, it } from 'vitest';
import {
  hostileCount,
  hostileLifecycle,
  hostileRequests,
  toHostileHarEntry,
  withHostileEntries,
} from '../../testing/hostile-journal';
import type { JournalEntry, LifecycleEntry, RequestEntry } from '../journal';
import { fromHar, toHar } from '../inspector/har';
import { fromJournalFile, toJournalFile } from '../inspector/json';
import { sampleJournal } from '../inspector/test-journal';
import { checkEntry, droppedNotice, readEntries } from './journal-entry';

const { journal } = sampleJournal();
const request = journal.find((e): e is RequestEntry => e.kind === 'request')!;
const lifecycle = journal.find((e): e is LifecycleEntry => e.kind === 'lifecycle')!;

describe('a journal entry is checked field by field', () => {
  it('keeps every entry the real store makes, unchanged', () => {
    expect(readEntries(structuredClone(journal))).toEqual({ entries: journal, dropped: [] });
  });

  it.each(hostileRequests.map((m) => [m.name, m] as const))(
    'drops a request entry with %s and names the field',
    (_, m) => {
      const result = checkEntry(m.make(request));
      expect(result).toEqual({ ok: false, problem: expect.stringMatching(m.field) });
    },
  );

  it.each(hostileLifecycle.map((m) => [m.name, m] as const))(
    'drops a lifecycle entry with %s and names the field',
    (_, m) => {
      const result = checkEntry(m.make(lifecycle));
      expect(result).toEqual({ ok: false, problem: expect.stringMatching(m.field) });
    },
  );

  it.each(['GET', 'POST', 'DELETE', 'M-SEARCH', "X!#$%&'*+.^_`|~1"])(
    'accepts the method %s',
    (method) => {
      expect(checkEntry({ ...request, request: { ...request.request, method } }).ok).toBe(true);
    },
  );

  it.each(['', 'POST ', 'PO"ST', 'POST;', 'PÖST', 'POST\n', 'A'.repeat(33)])(
    'refuses the method %j',
    (method) => {
      expect(checkEntry({ ...request, request: { ...request.request, method } }).ok).toBe(false);
    },
  );

  it.each([-1, 8.64e15 + 1, Infinity, NaN])('refuses the time %d', (at) => {
    expect(checkEntry({ ...request, at }).ok).toBe(false);
  });

  it('leaves out fields it does not know', () => {
    const result = checkEntry({ ...request, __proto__x: 1, extra: 'x' });
    expect(result).toEqual({ ok: true, value: request });
  });
});

describe('an import keeps the good entries and names the bad ones', () => {
  it('from a Tilecast journal file', () => {
    const file = { ...toJournalFile(journal), entries: withHostileEntries(journal) };
    const result = fromJournalFile(JSON.parse(JSON.stringify(file)));
    expect(result.entries).toEqual(journal);
    expect(result.dropped).toHaveLength(hostileCount);
    expect(result.total).toBe(journal.length + hostileCount);
    expect(result.dropped[0]).toEqual({
      name: `entry ${journal.length + 1}`,
      problem: '`at` is not a time',
    });
  });

  it('from a HAR file, lifecycle entries included', () => {
    const har = toHar(journal);
    const hostile = withHostileEntries(journal).slice(journal.length) as JournalEntry[];
    const good = har.log.entries[0]!;
    const requests = hostile
      .filter((e) => e.kind === 'request')
      .map((e) => toHostileHarEntry(good, e));
    const events = hostile.filter((e) => e.kind !== 'request');
    const file = JSON.parse(
      JSON.stringify({
        log: {
          ...har.log,
          entries: [...har.log.entries, ...requests, null, { request: 'x' }],
          _tilecastLifecycle: [...har.log._tilecastLifecycle!, ...events, 'nonsense'],
        },
      }),
    );
    const result = fromHar(file);
    expect(result.entries).toEqual(journal);
    expect(result.dropped).toHaveLength(hostileCount + 3);
    const firstHostileEvent = har.log._tilecastLifecycle!.length + 1;
    expect(result.dropped.map((d) => d.name)).toContain(`lifecycle entry ${firstHostileEvent}`);
  });

  it('refuses a HAR entry whose time would crash a Date', () => {
    const har = toHar([request]);
    har.log.entries[0]!.startedDateTime = 'garbage';
    har.log.entries[0]!._tilecast!.at = 1e300;
    expect(fromHar(har).dropped).toEqual([{ name: 'entry 1', problem: '`at` is not a time' }]);
  });
});

describe('the notice of an import', () => {
  it('says how many of how many were dropped, and why the first were', () => {
    const dropped = [
      { name: 'entry 7', problem: '`at` is not a time' },
      { name: 'entry 9', problem: '`service` is not one of wns, mpns, unknown' },
      { name: 'entry 10', problem: '`verdict` is not a verdict' },
      { name: 'entry 11', problem: '`outcomes` is not a list of fates' },
    ];
    expect(droppedNotice(dropped, 120)).toBe(
      '4 of 120 entries were dropped: entry 7: `at` is not a time; entry 9: `service` is not one of wns, mpns, unknown; entry 10: `verdict` is not a verdict; and 1 more.',
    );
    expect(droppedNotice([], 120)).toBeNull();
  });
});
