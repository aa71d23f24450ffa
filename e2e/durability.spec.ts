import { expect, test, type Page } from '@playwright/test';
import { mpnsChannel, wpToast } from './mpns-helpers';

// Issue 11, "floods lose nothing": a reload in the middle of a burst, and a full disk.

const ready = (page: Page) => page.evaluate(() => window.tilecast.ready);

/** The journal records as IndexedDB holds them (database `tilecast-journal`), in key order. */
const storedRecords = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open('tilecast-journal');
        // Not created yet: do not create it here (the app creates it with its object store).
        open.onupgradeneeded = () => open.transaction!.abort();
        open.onerror = () => (open.error?.name === 'AbortError' ? resolve([]) : reject(open.error));
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('entries')) {
            db.close();
            return resolve([]);
          }
          const request = db.transaction('entries').objectStore('entries').getAll();
          request.onsuccess = () => {
            db.close();
            resolve(request.result);
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );

/** A whole entry: every part present and of its type, and it survives a JSON round trip. */
function expectWhole(record: unknown) {
  const e = JSON.parse(JSON.stringify(record)) as Record<string, unknown>;
  expect(e).toMatchObject({
    id: expect.any(String),
    seq: expect.any(Number),
    at: expect.any(Number),
  });
  if (e.kind === 'lifecycle') {
    expect(e).toMatchObject({ event: expect.any(String), detail: expect.any(String) });
    return;
  }
  expect(e.kind).toBe('request');
  expect(e).toMatchObject({
    request: {
      method: 'POST',
      url: expect.any(String),
      headers: expect.any(Object),
      body: expect.any(String),
      size: expect.any(Number),
    },
    response: { status: expect.any(Number), headers: expect.any(Object), body: expect.any(String) },
    verdict: { summary: expect.any(String) },
    outcomes: expect.any(Array),
  });
  // Each push of the burst reached the phone: its fate was written with the entry.
  expect((e.outcomes as unknown[]).length).toBeGreaterThan(0);
}

test('a reload in the middle of a burst leaves only whole entries, and the app carries on', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.goto('/');
  await ready(page);
  const uri = await mpnsChannel(page, 'Burst', true);
  // A burst that runs until the page goes away, 16 in flight: toasts (shown) and raw data
  // (dropped: the app is not running).
  await page.evaluate(
    ({ uri, toast }) => {
      const w = window as unknown as { answered: number };
      w.answered = 0;
      let i = 0;
      const sender = async () => {
        for (;;) {
          const n = i++;
          await fetch(uri, {
            method: 'POST',
            headers: n % 2 ? { 'X-WindowsPhone-Target': 'toast', 'X-NotificationClass': '2' } : {},
            body: n % 2 ? toast.replace('TEXT', `burst ${n}`) : `raw ${n}`,
          });
          w.answered++;
        }
      };
      for (let k = 0; k < 16; k++) void sender().catch(() => undefined);
    },
    { uri, toast: wpToast('TEXT', 'mid-burst') },
  );
  // Reload once some of the burst is stored, while the rest is still arriving and being written.
  await expect
    .poll(async () => (await storedRecords(page)).length, { timeout: 60_000 })
    .toBeGreaterThan(100);
  const answered = await page.evaluate(() => (window as unknown as { answered: number }).answered);
  await page.reload();
  await ready(page);

  const records = await storedRecords(page);
  const requests = records.filter((r) => (r as { kind: string }).kind === 'request');
  console.info(`reload mid-burst: ${answered} answered before it, ${requests.length} stored`);
  expect(requests.length).toBeGreaterThan(100);
  // Saves keep up with the burst: at most about a second of it is lost to the reload.
  expect(requests.length).toBeGreaterThan(answered / 2);
  for (const record of records) expectWhole(record);
  const seqs = records.map((r) => (r as { seq: number }).seq);
  expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
  expect(new Set(seqs).size).toBe(seqs.length);

  // The page restored exactly what was stored, without a "could not be used" notice.
  expect(await page.evaluate(() => window.tilecast.journal())).toEqual(records);
  const inspector = page.getByRole('region', { name: 'Inspector' });
  await expect(inspector.getByRole('search', { name: 'Filter journal' })).toContainText(
    `${records.length} entries`,
  );
  await expect(inspector.getByRole('alert')).toHaveCount(0);

  // And the phone works: a new push is shown and journalled after the restored ones.
  const status = await page.evaluate(
    async ({ uri, toast }) =>
      (
        await fetch(uri, {
          method: 'POST',
          headers: { 'X-WindowsPhone-Target': 'toast', 'X-NotificationClass': '2' },
          body: toast,
        })
      ).status,
    { uri, toast: wpToast('After the reload', 'still here') },
  );
  expect(status).toBe(200);
  await expect(page.getByRole('region', { name: 'Phone' })).toContainText('After the reload');
  const last = (await page.evaluate(() => window.tilecast.journal())).at(-1)!;
  expect(last.seq).toBeGreaterThan(Math.max(...seqs));
});

/**
 * A full disk, simulated: before the app loads, IndexedDB's put on the journal's database
 * throws a QuotaExceededError once it would hold more than QUOTA records (counting only
 * committed transactions), as a browser does when the origin is out of space.
 */
const QUOTA = 60;

test('a full disk evicts the oldest entries with a notice, and keeps saving the newest', async ({
  page,
}) => {
  await page.addInitScript((quota) => {
    const held = new Set<IDBValidKey>();
    const pending = new WeakMap<IDBTransaction, Set<IDBValidKey>>();
    const proto = IDBObjectStore.prototype;
    const { put, delete: remove, clear } = proto;
    const ours = (store: IDBObjectStore) => store.transaction.db.name === 'tilecast-journal';
    const pendingOf = (tx: IDBTransaction) => {
      let keys = pending.get(tx);
      if (!keys) {
        const fresh = new Set<IDBValidKey>();
        tx.addEventListener('complete', () => fresh.forEach((k) => held.add(k)));
        pending.set(tx, (keys = fresh));
      }
      return keys;
    };
    proto.put = function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
      if (ours(this) && key !== undefined && !held.has(key)) {
        const keys = pendingOf(this.transaction);
        if (held.size + keys.size >= quota)
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        keys.add(key);
      }
      return put.call(this, value, key);
    };
    proto.delete = function (this: IDBObjectStore, query: IDBValidKey | IDBKeyRange) {
      if (ours(this))
        this.transaction.addEventListener('complete', () => {
          for (const k of [...held])
            if (query instanceof IDBKeyRange ? query.includes(k) : indexedDB.cmp(k, query) === 0)
              held.delete(k);
        });
      return remove.call(this, query);
    };
    proto.clear = function (this: IDBObjectStore) {
      if (ours(this)) this.transaction.addEventListener('complete', () => held.clear());
      return clear.call(this);
    };
  }, QUOTA);
  await page.goto('/');
  await ready(page);
  const uri = await mpnsChannel(page, 'Quota', true);
  await page.evaluate(async (uri) => {
    for (let i = 0; i < 100; i++) await fetch(uri, { method: 'POST', body: `raw ${i}` });
  }, uri);
  await page.evaluate(() => window.tilecast.saved());

  const inspector = page.getByRole('region', { name: 'Inspector' });
  const notice = inspector.getByRole('alert');
  await expect(notice).toContainText(
    /Storage is full: the oldest \d+ journal entries were evicted to make room\./,
  );
  const journal = await page.evaluate(() => window.tilecast.journal());
  expect(journal.length).toBeLessThanOrEqual(QUOTA);
  // Nothing went silently: every entry ever written is kept or counted as evicted.
  const evicted = journal.at(-1)!.seq - journal.length;
  await expect(inspector).toContainText(`${evicted} older entries were evicted`);
  // The newest push is kept; what went is the oldest.
  expect(journal.at(-1)).toMatchObject({ kind: 'request', request: { body: 'raw 99' } });
  expect(await storedRecords(page)).toEqual(journal);
  await page.screenshot({ path: '/tmp/journal/quota-notice.png' });

  await page.reload();
  await ready(page);
  expect(await page.evaluate(() => window.tilecast.journal())).toEqual(journal);
  await expect(inspector).toContainText(`${evicted} older entries were evicted`);
});
