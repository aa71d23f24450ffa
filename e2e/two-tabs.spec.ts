import type { Page } from '@playwright/test';
import { expect, goodToast, pushAll, test } from './inspector-fixtures';
import { phoneIn } from '../src/testing/playwright';
import { reload } from './stored-state-helpers';

// Two tabs of Tilecast share one browser's stored state. Both used to save it, under the same
// journal keys: after a reload, one tab's entries and apps were gone without a word. Now the
// first tab saves, and any other tab says it does not.

const notSaving = /This tab is not saving: Tilecast is open in another tab/;
const journalTools = (page: Page) => page.getByRole('region', { name: 'Inspector' });

test('a second tab says it is not saving, and never overwrites the first tab’s state', async ({
  page,
  context,
  inspector,
  phone,
}) => {
  await expect(inspector.region).toBeVisible();
  await pushAll(page, [{ body: goodToast('first tab'), app: 'Fabrikam Weather' }]);
  await phone.saved();

  const secondPhone = await phoneIn(await context.newPage());
  const second = secondPhone.page;
  await expect(journalTools(second).getByRole('alert')).toContainText(notSaving);
  await expect(journalTools(page).getByText(notSaving)).toHaveCount(0);
  await second.screenshot({ path: test.info().outputPath('second-tab.png') });

  // The second tab works — in memory only — while the first goes on saving.
  expect(
    await pushAll(second, [{ body: goodToast('second tab'), app: 'Northwind Tasks' }]),
  ).toEqual([200]);
  await secondPhone.saved();
  await pushAll(page, [{ body: goodToast('first again'), app: 'Fabrikam Weather' }]);
  await phone.saved();
  await secondPhone.saved();
  const before = await phone.journal();

  await reload(page);
  expect(await phone.journal()).toEqual(before);
  await expect(phone.tile('Fabrikam Weather')).toBeVisible();
  await expect(phone.tile('Northwind Tasks')).toHaveCount(0);
  await expect(journalTools(page).getByText(notSaving)).toHaveCount(0);

  // Once the saving tab is gone, a reload makes the other one the tab that saves.
  await page.close();
  await reload(second);
  await expect(journalTools(second).getByText(notSaving)).toHaveCount(0);
  expect(await secondPhone.journal()).toEqual(before);
});
