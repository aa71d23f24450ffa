import { expect, test } from '../src/testing/playwright';
import { wnsPush, wnsToast } from './wns-helpers';

test('DELETE with X-WNS-Match clears one Action Center group [S15]', async ({ page, phone }) => {
  const toasts = [
    { title: 'Goal!', group: 'sports', tag: 'g1' },
    { title: 'Half time', group: 'sports', tag: 'g2' },
    { title: 'Rain later', group: 'weather', tag: 'w1' },
  ];
  for (const t of toasts) {
    const sent = await wnsPush(page, {
      headers: { 'X-WNS-Group': t.group, 'X-WNS-Tag': t.tag, 'X-WNS-SuppressPopup': 'true' },
      body: wnsToast(t.title),
    });
    expect(sent.status).toBe(200);
  }
  const center = page.getByRole('list', { name: 'Action Center toasts' });
  await expect(center.getByRole('listitem')).toHaveCount(3);
  await expect(center).toContainText('group sports · tag g1');
  // SuppressPopup: straight to Action Center, no banner.
  await expect(phone.banner()).toHaveCount(0);
  const deleted = await wnsPush(page, {
    method: 'DELETE',
    headers: { 'X-WNS-Match': 'type:wns/toast;group=sports' },
  });
  expect(deleted.status).toBe(200);
  await expect(center.getByRole('listitem')).toHaveCount(1);
  await expect(center).toContainText('Rain later');
  await page.getByRole('button', { name: 'Dismiss Rain later' }).click();
  await expect(page.getByRole('region', { name: 'Action Center' })).toContainText(
    'No notifications.',
  );
});

const tile = (binding: string) => `<tile>\n  <visual>\n    ${binding}\n  </visual>\n</tile>`;
const toast1 =
  '<toast>\n<visual><binding template="ToastText01"><text id="1">x</text></binding></visual></toast>';

test('every drop the phone makes is named in the device log with line and column [S19]', async ({
  page,
  phone,
}) => {
  const controls = page.getByRole('region', { name: 'Device controls' });
  const log = phone.deviceLog;
  const cases = [
    {
      type: 'wns/tile',
      body: toast1,
      expect:
        /X-WNS-Type is wns\/tile but the payload's root element is <toast>.* at line 1, column 1/,
    },
    {
      type: 'wns/tile',
      body: '<tile>\n  <Visual/>\n</tile>',
      expect: /must be spelled <visual> \(case matters\) at line 2, column 3/,
    },
    {
      type: 'wns/tile',
      body: tile('<binding template="TileSquare150x150Fancy"/>'),
      expect: /Unknown tile template "TileSquare150x150Fancy" at line 3, column 5/,
    },
    {
      type: 'wns/tile',
      body: tile('<binding template="TileMedium">\n<image src="file:///c:/logo.png"/></binding>'),
      expect: /file: scheme.* at line 4, column 1/,
    },
    {
      type: 'wns/toast',
      body: toast1,
      headers: { 'X-WNS-TTL': '0' },
      expect: /expired TTL: X-WNS-TTL of 0 s .* at line 1, column 1/,
    },
  ];
  for (const c of cases) {
    const sent = await wnsPush(page, { type: c.type, body: c.body, headers: c.headers });
    expect(sent.status).toBe(200);
    await expect(log).toContainText(c.expect);
  }
  await controls.getByLabel('Toasts enabled').uncheck();
  await wnsPush(page, { body: toast1 });
  await expect(log).toContainText(/toasts are turned off for Contoso News at line 1, column 1/);
  // Uninstalled while a tile waits in the offline cache: it reaches a phone without the app.
  await controls.getByLabel('Connection').selectOption('disconnected');
  await wnsPush(page, {
    type: 'wns/tile',
    body: tile('<binding template="TileMedium"><text>late</text></binding>'),
  });
  await controls.getByRole('button', { name: 'Uninstall Contoso News' }).click();
  await controls.getByLabel('Connection').selectOption('connected');
  await expect(log).toContainText(
    /Phone: dropped: the app is not installed \(uninstalled\) at line 2, column 3/,
  );
});
