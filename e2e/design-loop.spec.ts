import type { Page } from '@playwright/test';
import { expect, test } from '../src/testing/playwright';
import { openComposer } from './composer-helpers';

// The design loop on one screen (issue 22 item 5): pick, preview and send without scrolling on a
// laptop, tabs on a tablet, one column on a phone, and never a sideways scroll.

const shots = process.env.TILECAST_SHOTS;
const shoot = async (page: Page, name: string) => {
  if (shots) await page.screenshot({ path: `${shots}/${name}.png` });
};

const noSidewaysScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

test('at 1440×900 the phone, composer and journal sit side by side; preview and Send show without scrolling', async ({
  phone,
}) => {
  const page = phone.page;
  await page.setViewportSize({ width: 1440, height: 900 });
  const composer = await openComposer(phone);
  const send = composer.getByRole('button', { name: 'Send toast' });
  await expect(send).toBeInViewport({ ratio: 1 });
  await expect(composer.getByRole('region', { name: 'Preview' })).toBeInViewport();
  await expect(composer.getByRole('figure', { name: 'Toast preview' })).toBeInViewport({
    ratio: 1,
  });
  await expect(page.getByRole('region', { name: 'Inspector' })).toBeInViewport();
  await expect(page.getByRole('region', { name: 'Phone' })).toBeInViewport();
  // Three columns: no tabs.
  await expect(page.getByRole('tablist', { name: 'Composer or journal' })).toBeHidden();
  expect(await noSidewaysScroll(page)).toBe(true);
  // The page itself does not scroll: each column does.
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(900);
  await shoot(page, 'design-loop-1440');

  await send.click();
  await expect(composer.getByRole('region', { name: 'Send result' })).toContainText('HTTP 200');
  await expect(page.getByRole('status', { name: 'Toast from Contoso News' })).toBeVisible();
});

test('at 1024×768 the phone sits beside tabs for the composer and the journal', async ({
  phone,
}) => {
  const page = phone.page;
  await page.setViewportSize({ width: 1024, height: 768 });
  const composer = await openComposer(phone);
  const tabs = page.getByRole('tablist', { name: 'Composer or journal' });
  await expect(tabs.getByRole('tab', { name: 'Composer' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(composer.getByRole('button', { name: 'Send toast' })).toBeInViewport({ ratio: 1 });
  await expect(page.getByRole('region', { name: 'Phone' })).toBeInViewport();
  await expect(page.getByRole('region', { name: 'Inspector' })).toBeHidden();
  expect(await noSidewaysScroll(page)).toBe(true);
  await shoot(page, 'design-loop-1024');

  await composer.getByRole('button', { name: 'Send toast' }).click();
  await tabs.getByRole('tab', { name: 'Journal' }).click();
  const journal = page.getByRole('region', { name: 'Inspector' });
  await expect(journal).toBeInViewport();
  await expect(journal.getByRole('list', { name: 'Journal entries' })).toContainText('toast');
  await expect(composer).toBeHidden();
  expect(await noSidewaysScroll(page)).toBe(true);
  await shoot(page, 'design-loop-1024-journal');
  // Back to the composer: the draft and the send result are still there.
  await tabs.getByRole('tab', { name: 'Composer' }).click();
  await expect(composer.getByRole('region', { name: 'Send result' })).toContainText('HTTP 200');
});

test('at 390×844 one column: the phone, then the tabs; no sideways scroll; Send is reachable', async ({
  phone,
}) => {
  const page = phone.page;
  await page.setViewportSize({ width: 390, height: 844 });
  const composer = await openComposer(phone);
  expect(await noSidewaysScroll(page)).toBe(true);
  await shoot(page, 'design-loop-390');
  const send = composer.getByRole('button', { name: 'Send toast' });
  await send.scrollIntoViewIfNeeded();
  await expect(send).toBeInViewport({ ratio: 1 });
  await send.click();
  await expect(composer.getByRole('region', { name: 'Send result' })).toContainText('HTTP 200');
  expect(await noSidewaysScroll(page)).toBe(true);
  await page.getByRole('tab', { name: 'Journal' }).click();
  await expect(page.getByRole('list', { name: 'Journal entries' })).toContainText('toast');
  expect(await noSidewaysScroll(page)).toBe(true);
  await shoot(page, 'design-loop-390-journal');
});

for (const [width, height] of [
  [1440, 900],
  [1024, 768],
  [390, 844],
] as const) {
  test(`at ${width}×${height} Send is two key presses from load: Tab to "Skip to Send", Enter`, async ({
    phone,
  }) => {
    const page = phone.page;
    await page.setViewportSize({ width, height });
    const composer = await openComposer(phone);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to Send' });
    await expect(skip).toBeFocused();
    if (width < 1280) {
      // With the journal's tab chosen, the skip link brings the composer back.
      await page.getByRole('tab', { name: 'Journal' }).click();
      await expect(composer).toBeHidden();
      await skip.focus();
    }
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    const send = composer.getByRole('button', { name: 'Send toast' });
    await expect(send).toBeFocused();
    await expect(send).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(composer.getByRole('region', { name: 'Send result' })).toContainText('HTTP 200');
  });
}

test('the channel credentials and URIs wait in "Channel details"', async ({ phone }) => {
  const page = phone.page;
  await page.setViewportSize({ width: 1440, height: 900 });
  const composer = await openComposer(phone);
  const channel = await page.evaluate(() => window.tilecast.openChannel({ service: 'wns' }));
  await expect(composer.getByText('Package SID')).toBeHidden();
  await expect(composer.getByText(channel.uri)).toBeHidden();
  await composer.getByText('Channel details').click();
  await expect(composer.getByText('Package SID')).toBeVisible();
  await expect(composer.getByText(channel.credentials!.clientId)).toBeVisible();
  await expect(composer.getByText(channel.uri, { exact: true })).toBeVisible();
  await expect(composer.getByText(channel.relayUri, { exact: true })).toBeVisible();
});

test('an MPNS template with no MPNS channel offers to open one, in place, and then sends', async ({
  phone,
}) => {
  const composer = await openComposer(phone);
  await composer.getByLabel('Template').selectOption({ label: 'FlipTile' });
  await expect(composer.getByText('No MPNS channel is open')).toBeVisible();
  await expect(composer.getByRole('button', { name: 'Send tile' })).toBeDisabled();
  await composer.getByRole('button', { name: 'Open an MPNS channel' }).click();
  await expect(composer.getByLabel('Channel (MPNS)')).toContainText('Contoso News · MPNS');
  await composer.getByRole('button', { name: 'Send tile' }).click();
  await expect(composer.getByRole('region', { name: 'Send result' })).toContainText('HTTP 200');
  await expect(composer.getByRole('region', { name: 'Send result' })).toContainText('phone: shown');
});
