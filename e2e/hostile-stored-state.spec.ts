import { withHostileEntries } from '../src/testing/hostile-journal';
import { phoneIn, type Phone } from '../src/testing/playwright';
import type { JournalEntry } from '../src/store';
import { expect, goodToast, pushAll, test } from './inspector-fixtures';
import { editStoredState, reload } from './stored-state-helpers';

// What Tilecast stored is read back part by part: a bad item is left out and named, the rest
// (journal, apps, credentials, channels) is restored, and the page works. Each state here
// blanked the page on every reload, or deleted every app with one bad journal entry.

const restoredNotice =
  /stored items? (was|were) unreadable and left out \(.+\)\. Everything else was restored\./;

/** Fabrikam Weather installed with a channel, a push in the journal, everything saved. */
async function savedState(phone: Phone) {
  const { page } = phone;
  await pushAll(page, [{ body: goodToast('kept'), app: 'Fabrikam Weather' }]);
  const channel = await phone.openChannel({ service: 'wns', app: 'Fabrikam Weather' });
  await phone.saved();
  const journal: JournalEntry[] = await phone.journal();
  return { channel, journal };
}

/** Everything saved came back, and the page still pushes and opens entries. */
async function keptAndWorks(phone: Phone, before: Awaited<ReturnType<typeof savedState>>) {
  const { page } = phone;
  await expect(phone.tile('Fabrikam Weather')).toBeVisible();
  expect(await phone.journal()).toEqual(before.journal);
  const again = await phone.openChannel({ service: 'wns', app: 'Fabrikam Weather' });
  expect(again.credentials).toEqual(before.channel.credentials);
  expect(again.uri).toBe(before.channel.uri);
  expect(await pushAll(page, [{ body: goodToast('after'), app: 'Fabrikam Weather' }])).toEqual([
    200,
  ]);
  await expect(page.getByRole('alert', { name: /failed/ })).toHaveCount(0);
}

test('a stored clock offset of 1e300 is reset; journal, apps and channels are kept', async ({
  page,
  inspector,
  phone,
}) => {
  const before = await savedState(phone);
  await editStoredState(page, { snapshot: [{ path: ['clock', 'offsetMs'], value: 1e300 }] });
  await reload(page);
  await expect(inspector.region.getByRole('alert')).toContainText(restoredNotice);
  await expect(inspector.region.getByRole('alert')).toContainText('the clock: `offsetMs`');
  await keptAndWorks(phone, before);
  expect(await phone.now()).toBeLessThan(8.64e15);
});

test('a null app is dropped alone, on the phone and in the service', async ({
  page,
  inspector,
  phone,
}) => {
  const before = await savedState(phone);
  await editStoredState(page, {
    snapshot: [
      { path: ['device', 'apps', 'Evil'], value: null },
      { path: ['service', 'apps', 'Evil'], value: null },
    ],
  });
  await reload(page);
  await expect(inspector.region.getByRole('alert')).toContainText(restoredNotice);
  await expect(inspector.region.getByRole('alert')).toContainText('phone app "Evil"');
  await keptAndWorks(phone, before);
});

test('hostile journal records are left out; apps, credentials and channels stay, and the cleaned state is saved', async ({
  page,
  inspector,
  phone,
}) => {
  const before = await savedState(phone);
  const hostile = withHostileEntries(before.journal).slice(before.journal.length);
  await editStoredState(page, {
    journal: hostile.map((e) => [(e as JournalEntry).seq, e] as [number, unknown]),
  });
  await reload(page);
  await expect(inspector.region.getByRole('alert')).toContainText(
    `${hostile.length} stored items were unreadable and left out (journal entry`,
  );
  await expect(inspector.rows).toHaveCount(before.journal.length);
  await page.screenshot({ path: test.info().outputPath('restore-notice.png') });
  await keptAndWorks(phone, before);

  // The first save wrote the cleaned state: the next reload has nothing to leave out.
  await phone.saved();
  await reload(page);
  await expect(inspector.region.getByRole('alert')).toHaveCount(0);
  await expect(
    page
      .getByRole('region', { name: 'Phone' })
      .getByRole('listitem', { name: 'Fabrikam Weather tile' }),
  ).toBeVisible();
});

test('a share link whose type is unknown opens the gallery, with a notice', async ({ page }) => {
  const draft = { template: 'x', service: 'wns', type: 'wns/evil', xml: '<toast/>', options: {} };
  const hash = Buffer.from(JSON.stringify(draft)).toString('base64url');
  // The link is the first thing the page opens, as for a person following it: on a page already
  // open, a new #fragment is no new load, and the composer may have read the old one.
  const phone = await phoneIn(page, `/#compose=${hash}`);
  const composer = page.getByRole('region', { name: 'Composer' });
  await expect(composer.getByRole('alert')).toContainText(
    'This share link could not be opened: its `type` is not valid.',
  );
  await expect(composer.getByRole('combobox', { name: 'Template' })).toBeVisible();
  await expect(phone.screen).toBeVisible();
  await expect(page.getByRole('alert', { name: /failed/ })).toHaveCount(0);
});

test('a stored tile update without its texts is left out, the tile and the rest kept', async ({
  page,
  inspector,
  phone,
}) => {
  // It passed the old check and crashed the phone's snapshot as the state was restored.
  const before = await savedState(phone);
  const [app] = await phone.apps();
  const item = {
    id: 'x',
    msgId: 'm',
    binding: { template: 'TileSquare150x150Text04' },
    receivedAt: 1,
  };
  await editStoredState(page, {
    snapshot: [
      {
        path: ['device', 'wnsTiles', app!.appId],
        value: { size: 'medium', queueEnabled: false, items: [item] },
      },
    ],
  });
  await reload(page);
  await expect(inspector.region.getByRole('alert')).toContainText(
    `WNS tile of app "${app!.appId}": \`items.0.binding.size\``,
  );
  await keptAndWorks(phone, before);
});

test('a render error shows its region’s panel, and "Reset stored state" starts clean', async ({
  page,
  inspector,
  phone,
}) => {
  // A fault the validators cannot see: the browser's en-US time formatter (the phone's status
  // bar clock) throws, as a broken locale or an extension might make it. It stays broken while
  // the flag is stored, so only "Reset stored state", which clears Tilecast's keys, mends it.
  await page.addInitScript(() => {
    const format = Object.getOwnPropertyDescriptor(Intl.DateTimeFormat.prototype, 'format')!;
    Object.defineProperty(Intl.DateTimeFormat.prototype, 'format', {
      get(this: Intl.DateTimeFormat) {
        if (
          localStorage.getItem('tilecast.e2e.broken-clock') &&
          this.resolvedOptions().locale === 'en-US'
        )
          throw new Error('the status bar clock cannot be formatted');
        return format.get!.call(this);
      },
    });
  });
  await savedState(phone);
  await page.evaluate(() => localStorage.setItem('tilecast.e2e.broken-clock', '1'));
  await reload(page);
  const panel = page.getByRole('alert', { name: 'The phone failed' });
  await expect(panel).toContainText('The phone could not be shown');
  await expect(panel).toContainText('the status bar clock cannot be formatted');
  await expect(panel.getByRole('button', { name: 'Reload' })).toBeVisible();
  // The other regions still work.
  await expect(inspector.rows.first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Composer' })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('error-panel.png') });

  // Listen before clicking: the reload can finish before a wait started after the click.
  const reloaded = page.waitForEvent('load');
  await panel.getByRole('button', { name: 'Reset stored state' }).click();
  await reloaded;
  await page.evaluate(() => window.tilecast.ready);
  await expect(page.getByRole('alert', { name: /failed/ })).toHaveCount(0);
  await expect(phone.tile('Contoso News')).toBeVisible();
  await expect(phone.tile('Fabrikam Weather')).toHaveCount(0);
  // A fresh start: the sample app's install and channel, nothing of the old journal.
  await expect(inspector.rows).toHaveCount(2);
  await expect(inspector.row(/Fabrikam/)).toHaveCount(0);
});
