import { expect, test } from '../src/testing/playwright';

// Issue 20: the banner's lifetime is on the virtual clock (7 s, 25 s for a long toast), so a
// test moves it on without sleeping, in the page as in Node. The Action Center keeps the toast.

test('the virtual clock takes the banner away after 7 s; the Action Center keeps the toast', async ({
  phone,
  cloud,
}) => {
  const channel = await phone.openChannel({ service: 'wns' });
  await cloud.toast(channel, { title: 'Brief', body: 'gone in seven seconds' });
  const banner = phone.banner('Contoso News');
  await expect(banner).toContainText('gone in seven seconds');

  // The virtual clock is real time plus an offset: leave real time a margin before 7 s.
  await phone.advanceClock(3_000);
  await expect(banner).toBeVisible();
  expect((await phone.phone()).banner?.title).toBe('Brief');

  await phone.advanceClock(4_000);
  await expect(banner).toBeHidden();
  const snapshot = await phone.phone();
  expect(snapshot.banner).toBeNull();
  expect(snapshot.actionCenter.map((t) => t.title)).toEqual(['Brief']);
});

test('a long toast stays 25 s on the virtual clock', async ({ phone, cloud }) => {
  const channel = await phone.openChannel({ service: 'wns' });
  await cloud.send(channel, {
    type: 'wns/toast',
    body: '<toast duration="long"><visual><binding template="ToastText01"><text id="1">Long one</text></binding></visual></toast>',
  });
  const banner = phone.banner('Contoso News');
  await expect(banner).toContainText('Long one');
  await phone.advanceClock(15_000);
  await expect(banner).toBeVisible();
  await phone.advanceClock(10_000);
  await expect(banner).toBeHidden();
});
