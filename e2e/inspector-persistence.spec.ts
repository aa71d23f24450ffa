import type { Page } from '@playwright/test';
import { expect, goodToast, pushAll, test } from './inspector-fixtures';

const reload = async (page: Page) => {
  await page.reload();
  await page.evaluate(() => window.tilecast.ready);
};

test('a reload keeps the journal, the installed apps and their channels', async ({
  page,
  inspector,
  phone,
}) => {
  await pushAll(page, [{ body: goodToast('kept'), app: 'Fabrikam Weather' }]);
  const before = await phone.journal();
  const channel = await phone.openChannel({ service: 'wns', app: 'Fabrikam Weather' });
  await phone.saved();

  await reload(page);
  expect(await phone.journal()).toEqual(before);
  await expect(inspector.row(/POST toast 200 Fabrikam Weather · shown/)).toHaveCount(1);
  await expect(phone.tile('Fabrikam Weather')).toBeVisible();
  const again = await phone.openChannel({ service: 'wns', app: 'Fabrikam Weather' });
  expect(again.uri).toBe(channel.uri);
  expect(again.credentials).toEqual(channel.credentials);
});

test('a corrupted stored record starts clean with a notice, never a blank page', async ({
  page,
  inspector,
  phone,
}) => {
  await phone.saved();
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('tilecast');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('state', 'readwrite');
          tx.objectStore('state').put({ version: 1, journal: 'not a journal' }, 'snapshot');
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );

  await reload(page);
  await expect(inspector.region.getByRole('alert')).toContainText(
    /Stored state could not be used: .+\. Tilecast started clean\./,
  );
  await expect(phone.tile('Contoso News')).toBeVisible();
  await expect(inspector.rows).toHaveCount(2);
});

test('"Reset everything" is one click, and stays reset after a reload', async ({
  page,
  inspector,
  phone,
}) => {
  await pushAll(page, [{ body: goodToast('gone'), app: 'Fabrikam Weather' }]);
  await expect(phone.tile('Fabrikam Weather')).toBeVisible();

  await inspector.button('Reset everything').click();
  await expect(phone.tile('Fabrikam Weather')).toHaveCount(0);
  await expect(phone.tile('Contoso News')).toBeVisible();
  expect(await phone.journal()).toEqual([]);
  await expect(inspector.rows).toHaveCount(0);

  await phone.saved();
  await reload(page);
  await expect(phone.tile('Contoso News')).toBeVisible();
  await expect(inspector.rows).toHaveCount(0);
  await expect(phone.tile('Fabrikam Weather')).toHaveCount(0);
});

test('a small ring keeps the newest entries, says how many went, and keeps its size', async ({
  page,
  inspector,
  phone,
}) => {
  await pushAll(page, [{ body: goodToast('a') }, { body: goodToast('b') }]);
  const all = await phone.journal();
  const ring = inspector.region.getByLabel('Ring size (entries kept)');
  await ring.fill('3');
  await ring.press('Enter');
  await expect(inspector.rows).toHaveCount(3);
  const evicted = all.length - 3;
  const went = evicted === 1 ? '1 older entry was' : `${evicted} older entries were`;
  await expect(inspector.region).toContainText(`${went} evicted (the journal keeps the newest 3)`);
  expect(await phone.journal()).toEqual(all.slice(-3));

  await phone.saved();
  await reload(page);
  await expect(inspector.region.getByLabel('Ring size (entries kept)')).toHaveValue('3');
  await expect(inspector.rows).toHaveCount(3);
  await expect(inspector.region).toContainText(`${went} evicted`);
});
