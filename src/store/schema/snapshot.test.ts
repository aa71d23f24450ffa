import { describe, expect, it } from 'vitest';
import { withHostileEntries } from '../../testing/hostile-journal';
import { sampleJournal } from '../inspector/test-journal';
import { restoreNotice, toSnapshot } from '../persistence';
import { readSnapshot } from '../snapshot-read';

const { store } = sampleJournal();
store.getState().installApp('Fabrikam');
type Raw = Record<string, Record<string, unknown>>;
const stored = () => structuredClone(toSnapshot(store.getState())) as unknown as Raw;
const appIds = Object.keys(store.getState().device.apps);

const read = (raw: unknown) => {
  const result = readSnapshot(raw);
  if ('problem' in result) throw new Error(result.problem);
  return result;
};

describe('a stored snapshot is read part by part', () => {
  it('keeps apps, credentials and channels when journal entries are bad', () => {
    const raw = stored();
    const journal = raw.journal as unknown as never[];
    const { snapshot, dropped } = read({ ...raw, journal: withHostileEntries(journal) });
    expect(snapshot.journal).toEqual(store.getState().journal.toArray());
    expect(snapshot.service).toEqual(store.getState().service);
    expect(snapshot.device).toEqual(store.getState().device);
    expect(dropped.length).toBeGreaterThan(0);
    expect(dropped.every((d) => d.name.startsWith('journal entry'))).toBe(true);
  });

  it('drops a null app alone, on the phone and in the service', () => {
    const raw = stored();
    raw.device!.apps = { ...(raw.device!.apps as object), Evil: null };
    raw.device!.appOrder = [...(raw.device!.appOrder as string[]), 'Evil'];
    raw.service!.apps = { ...(raw.service!.apps as object), Evil: null };
    const { snapshot, dropped } = read(raw);
    expect(Object.keys(snapshot.device.apps)).toEqual(appIds);
    expect(snapshot.device.appOrder).toEqual(store.getState().device.appOrder);
    expect(snapshot.service.apps).toEqual(store.getState().service.apps);
    expect(dropped.map((d) => d.name)).toEqual(['push-service app "Evil"', 'phone app "Evil"']);
  });

  it('drops an app whose colour would reach a style attribute', () => {
    const raw = stored();
    const apps = raw.device!.apps as Record<string, Record<string, unknown>>;
    const [first] = appIds;
    apps[first!] = { ...apps[first!], tileColor: 'red;background:url(//evil)' };
    const { snapshot, dropped } = read(raw);
    expect(Object.keys(snapshot.device.apps)).toEqual(appIds.slice(1));
    expect(dropped[0]!.problem).toMatch(/`tileColor` is not a colour/);
  });

  it.each([1e300, -1e300, Infinity, NaN, '0'])('resets a clock offset of %s to now', (offsetMs) => {
    const { snapshot, dropped } = read({ ...stored(), clock: { offsetMs } });
    expect(snapshot.clock).toEqual({ offsetMs: 0 });
    expect(dropped).toEqual([{ name: 'the clock', problem: expect.stringMatching(/`offsetMs`/) }]);
    expect(snapshot.journal).toEqual(store.getState().journal.toArray());
  });

  it('keeps an MPNS channel that never expires', () => {
    const raw = stored();
    const channels = raw.service!.channels as Record<string, Record<string, unknown>>;
    const [key] = Object.keys(channels);
    channels[key!] = { ...channels[key!], service: 'mpns', expiresAt: Number.MAX_SAFE_INTEGER };
    expect(read(raw).dropped).toEqual([]);
  });

  it('keeps a clock offset of a few days', () => {
    const clock = { offsetMs: 3 * 86_400_000 };
    expect(read({ ...stored(), clock }).snapshot.clock).toEqual(clock);
  });

  it('drops a bad channel and a bad access token alone', () => {
    const raw = stored();
    const channels = raw.service!.channels as Record<string, unknown>;
    const [key] = Object.keys(channels);
    channels.evil = { ...(channels[key!] as object), expiresAt: 1e300 };
    raw.service!.tokens = { ...(raw.service!.tokens as object), evil: { token: {} } };
    const { snapshot, dropped } = read(raw);
    expect(snapshot.service.channels).toEqual(store.getState().service.channels);
    expect(snapshot.service.tokens).toEqual(store.getState().service.tokens);
    expect(dropped.map((d) => d.name)).toEqual(['access token "evil"', 'channel "evil"']);
  });

  it('drops a stored tile update without its texts alone (it crashed the phone snapshot)', () => {
    const raw = stored();
    const tiles = raw.device!.wnsTiles as Record<string, unknown>;
    const item = { id: 'x', msgId: 'm', binding: { template: 'T' }, receivedAt: 1 };
    tiles.Evil = { size: 'medium', queueEnabled: false, items: [item] };
    const { snapshot, dropped } = read(raw);
    expect(snapshot.device.wnsTiles).toEqual(store.getState().device.wnsTiles);
    expect(dropped).toEqual([
      { name: 'WNS tile of app "Evil"', problem: expect.stringMatching(/`items.0.binding/) },
    ]);
  });

  it('drops an Action Center toast whose texts are not text', () => {
    const raw = stored();
    const toast = { kind: 'toast', template: 'T', texts: [{}], images: [], duration: 'short' };
    const shown = {
      id: 't',
      appId: 'a',
      msgId: 'm',
      toast: { ...toast, silent: false },
      shownAt: 1,
    };
    raw.device!.actionCenter = [...(raw.device!.actionCenter as unknown[]), shown];
    const { snapshot, dropped } = read(raw);
    expect(snapshot.device.actionCenter).toEqual(store.getState().device.actionCenter);
    expect(dropped[0]!.problem).toMatch(/`toast.texts.0` is not text/);
  });

  it('refuses only what is not a snapshot at all', () => {
    expect(readSnapshot('garbage')).toEqual({ problem: expect.stringMatching(/not an object/) });
    expect(readSnapshot({ ...stored(), version: 99 })).toEqual({
      problem: expect.stringMatching(/incompatible format \(version 99\)/),
    });
    expect(readSnapshot({ ...stored(), device: null })).toEqual({
      problem: 'the stored phone or push service is missing',
    });
  });

  it('names what was left out in one notice', () => {
    expect(
      restoreNotice([
        { name: 'the clock', problem: '`offsetMs` is more than 100 years' },
        { name: 'phone app "Evil"', problem: 'it is not valid' },
      ]),
    ).toBe(
      '2 stored items were unreadable and left out (the clock: `offsetMs` is more than 100 years; phone app "Evil": it is not valid). Everything else was restored.',
    );
    expect(restoreNotice([])).toBeNull();
  });
});
