import { describe, expect, it } from 'vitest';
import { Journal, type RequestEntry } from '../journal';
import { correlationIds, messageTimeline, relatedEntries, relatedTracker } from './correlate';
import { fetchInit, toCurl, toFetch } from './copy';
import { facets, filterJournal, type JournalFilter } from './filter';
import { fromHar, toHar } from './har';
import { flagRequestHeaders } from './header-check';
import { fromJournalFile, toJournalFile } from './json';
import { capJournal, normaliseLimit } from './ring';
import { sampleJournal } from './test-journal';

const { journal, store } = sampleJournal();
const requests = journal.filter((e): e is RequestEntry => e.kind === 'request');
const [tokenEntry, shown, dropped, refused, badge] = requests as [
  RequestEntry,
  RequestEntry,
  RequestEntry,
  RequestEntry,
  RequestEntry,
];

describe('filters', () => {
  it.each<[string, JournalFilter, string[]]>([
    ['nothing filters', {}, journal.map((e) => e.id)],
    ['outcome dropped', { outcome: 'dropped' }, [dropped.id]],
    ['outcome shown', { outcome: 'shown' }, [shown.id, badge.id]],
    ['outcome refused', { outcome: 'refused' }, [refused.id]],
    ['type badge', { type: 'badge' }, [refused.id, badge.id]],
    ['type token', { type: 'token' }, [tokenEntry.id]],
    ['status class 4xx', { status: '4xx' }, [refused.id]],
    ['exact status 401', { status: '401' }, [refused.id]],
    ['service mpns (none yet)', { service: 'mpns' }, []],
    ['free text in a body, any case', { text: 'GOAL!' }, [shown.id]],
    ['regex characters are literal', { text: 'id="1"' }, [shown.id]],
    ['no wildcard search', { text: '.*' }, []],
    ['free text in a lifecycle detail', { text: 'package sid' }, [journal[0]!.id]],
    ['outcome and type together', { outcome: 'shown', type: 'toast' }, [shown.id]],
    ['pinned ids', { ids: new Set([badge.id]) }, [badge.id]],
  ])('%s', (_, filter, ids) => {
    expect(filterJournal(journal, filter).map((e) => e.id)).toEqual(ids);
  });

  it('filters by app, keeping its lifecycle entries', () => {
    const appId = shown.appId!;
    const found = filterJournal(journal, { app: appId });
    expect(found).toContain(shown);
    expect(found.some((e) => e.kind === 'lifecycle')).toBe(true);
  });

  it('offers the services and types it has seen, new values included', () => {
    const withMpns = [...journal, { ...badge, id: 'x', service: 'mpns' as const }];
    expect(facets(withMpns)).toEqual({
      service: ['mpns', 'wns'],
      type: ['badge', 'toast', 'token'],
    });
  });
});

describe('correlation by X-WNS-Msg-ID / X-MessageID / MS-CV', () => {
  it('knows an entry by its msgId and its MS-CV', () => {
    expect(correlationIds(shown)).toEqual(expect.arrayContaining([shown.msgId!, 'abc.1']));
  });

  it('finds the other requests with the same correlation vector', () => {
    expect(relatedEntries(journal, shown).map((e) => e.id)).toEqual([badge.id]);
  });

  it('keeps the related requests up to date as the journal grows, reading only what is new', () => {
    const track = relatedTracker(shown);
    const log = Journal.from(journal);
    expect(track(log).map((e) => e.id)).toEqual([badge.id]);
    const again = { ...badge, id: 'again', seq: 999 };
    const grown = log.append(again);
    expect(track(grown).map((e) => e.id)).toEqual([badge.id, 'again']);
    // The oldest entries leave the ring: so does what was found among them.
    const { journal: cut } = grown.cap(1);
    expect(track(cut).map((e) => e.id)).toEqual(['again']);
    // Another lineage (an import) is read from the start.
    expect(track(Journal.from([again])).map((e) => e.id)).toEqual(['again']);
  });

  it('builds the timeline: received, fates, what the phone rendered, related requests', () => {
    const labels = messageTimeline(
      relatedEntries(journal, shown),
      shown,
      store.getState().device,
    ).map((e) => e.label);
    expect(labels[0]).toMatch(/^Received by the service: 200/);
    expect(labels).toContain('Rendered as a toast');
    expect(labels.some((l) => l.startsWith('Shown:'))).toBe(true);
    expect(labels.at(-1)).toMatch(new RegExp(`Related request ${badge.id}`));
  });

  it('shows a drop from the device log with line and column', () => {
    const labels = messageTimeline(
      relatedEntries(journal, dropped),
      dropped,
      store.getState().device,
    ).map((e) => e.label);
    expect(labels.some((l) => /dropped: .* at line \d+, column \d+/.test(l))).toBe(true);
  });
});

describe('ring buffer', () => {
  it.each([
    [10, 3, 0, 3],
    [3, 3, 0, 3],
    [2, 5, 3, 2],
    [0, 2, 1, 1],
  ])('limit %i with %i entries evicts %i and keeps %i', (limit, count, evicted, kept) => {
    const entries = journal.slice(0, count);
    const capped = capJournal(Journal.from(entries), limit);
    expect(capped.evicted).toBe(evicted);
    expect(capped.journal.toArray()).toEqual(entries.slice(count - kept));
  });

  it.each([
    [1000, 1000],
    ['25', 25],
    [2.7, 2],
    [0, 50_000],
    ['many', 50_000],
    [undefined, 50_000],
  ])('normalises the ring size %s to %i', (input, size) => {
    expect(normaliseLimit(input)).toBe(size);
  });
});

describe('HAR 1.2 and JSON files', () => {
  it('round-trips every entry through HAR, lifecycle included', () => {
    const har = JSON.parse(JSON.stringify(toHar(journal)));
    expect(har.log.version).toBe('1.2');
    expect(har.log.entries).toHaveLength(requests.length);
    expect(fromHar(har)).toEqual({ entries: journal, dropped: [], total: journal.length });
  });

  it('maps the HTTP parts to HAR fields other tools read', () => {
    const entry = toHar([shown]).log.entries[0]!;
    expect(entry.request.postData).toEqual({ mimeType: 'text/xml', text: shown.request.body });
    expect(entry.request.headers).toContainEqual({ name: 'x-wns-type', value: 'wns/toast' });
    expect(entry.request.queryString[0]?.name).toBe('token');
    expect(entry.response.status).toBe(200);
    expect(entry.startedDateTime).toBe(new Date(shown.at).toISOString());
  });

  it.each(['', 'abc', 'é', '€', '😀', 'a😀é€'])(
    'counts UTF-8 bytes of %j like TextEncoder',
    (text) => {
      const har = toHar([{ ...shown, response: { ...shown.response, body: text } }]);
      expect(har.log.entries[0]!.response.content.size).toBe(new TextEncoder().encode(text).length);
    },
  );

  it('imports a HAR written by another tool with neutral Tilecast fields', () => {
    const foreign = toHar([shown]);
    delete foreign.log.entries[0]!._tilecast;
    delete foreign.log._tilecastLifecycle;
    const [entry] = fromHar(foreign).entries as [RequestEntry];
    expect(entry).toMatchObject({ source: 'imported', service: 'unknown', outcomes: [] });
    expect(entry.request.body).toBe(shown.request.body);
  });

  it('rejects what is not HAR', () => {
    expect(() => fromHar({ hello: 1 })).toThrow(/Not a HAR file/);
  });

  it('round-trips through JSON and refuses foreign files', () => {
    expect(fromJournalFile(JSON.parse(JSON.stringify(toJournalFile(journal))))).toEqual({
      entries: journal,
      dropped: [],
      total: journal.length,
    });
    expect(() => fromJournalFile({ format: 'other' })).toThrow(/Not a Tilecast journal/);
  });
});

describe('copy as curl and as fetch', () => {
  it('writes a curl command with method, URL, headers and body', () => {
    const curl = toCurl(shown);
    expect(curl).toContain(`curl --globoff -X 'POST' \\\n  --url '${shown.request.url}'`);
    expect(curl).toContain(`-H 'x-wns-type: wns/toast'`);
    expect(curl).toContain(`-H 'x-custom: it'\\''s "odd"'`);
    expect(curl).toContain(`--data-raw '<toast>`);
    expect(curl).not.toMatch(/content-length/i);
  });

  it('writes a fetch call that parses back to the same request', () => {
    const text = toFetch(shown);
    const match = /^await fetch\(("[^"]+"), ([\s\S]+)\);$/.exec(text)!;
    expect(JSON.parse(match[1]!)).toBe(shown.request.url);
    expect(JSON.parse(match[2]!)).toEqual(fetchInit(shown));
    expect(fetchInit(shown).body).toBe(shown.request.body);
  });
});

describe('header flags', () => {
  it('flags headers the service does not read', () => {
    expect(flagRequestHeaders(shown)).toEqual({
      'x-custom': { level: 'unknown', message: 'Not a header the push service reads' },
    });
  });
});
