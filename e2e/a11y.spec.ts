import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '../src/testing/playwright';
import { wnsPush, wnsToast } from './wns-helpers';

type Violation = { impact?: string | null; id: string; nodes: { target: unknown[] }[] };

/** Each serious violation with the elements it names, so a failure says where to look. */
const serious = (violations: Violation[]) =>
  violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((node) => node.target.join(' ')).join(', ')}`);

test('axe finds no serious or critical violations on the phone, composer, inspector and controls', async ({
  phone,
}) => {
  const { page } = phone;
  // A full-page audit / a 72-cell rasterisation: heavy on a loaded 2-core machine.
  test.slow();
  // A toast on screen and a journal entry open, so every main screen has content.
  await wnsPush(page, { body: wnsToast('Audit', 'Body') });
  await page.getByRole('list', { name: 'Journal entries' }).getByRole('button').last().click();
  for (const region of ['Phone', 'Composer', 'Device log']) {
    await expect(page.getByRole('region', { name: region, exact: true })).toBeVisible();
  }
  const results = await new AxeBuilder({ page }).analyze();
  expect(serious(results.violations)).toEqual([]);
});

test('every control can be reached with the keyboard', async ({ phone }) => {
  const { page } = phone;
  // The XML editor loads on demand and replaces its placeholder textarea: wait for it.
  await page.locator('.cm-editor').waitFor();
  const controls = await page.evaluate(() =>
    [
      ...document.querySelectorAll<HTMLElement>(
        'button, a[href], input, select, textarea, [tabindex]:not([tabindex="-1"])',
      ),
    ]
      .filter((el) => !(el as HTMLButtonElement).disabled && el.checkVisibility())
      .map((el, i) => {
        el.dataset.a11yId = String(i);
        return String(i);
      }),
  );
  expect(controls.length).toBeGreaterThan(5);
  const reached = new Set<string>();
  await page.locator('body').focus();
  for (let i = 0; i < controls.length * 2 + 20 && reached.size < controls.length; i++) {
    await page.keyboard.press('Tab');
    const id = await page.evaluate(
      () => (document.activeElement as HTMLElement | null)?.dataset.a11yId,
    );
    if (id) reached.add(id);
  }
  const missed = await page.evaluate(
    (ids) =>
      ids.map((id) => document.querySelector(`[data-a11y-id="${id}"]`)?.outerHTML.slice(0, 120)),
    controls.filter((id) => !reached.has(id)),
  );
  expect(missed).toEqual([]);
});
