import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { startStandalone, type Standalone } from '../src/relay/standalone';
import { accessToken, openPhone, relayToast, relayToken, toastXml } from './relay-helpers';

// The standalone command's server (`npm run relay`): the built app and the relay on one port,
// without Vite. Its own port, so its phones are apart from the other relay tests'.
const port = 4342;
const origin = `http://127.0.0.1:${port}`;
let server: Standalone;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  // The Playwright web server has just built dist/.
  server = await startStandalone({
    port,
    root: fileURLToPath(new URL('../dist', import.meta.url)),
  });
});

test.afterAll(async () => {
  await server.close();
});

test('with no emulator open the relay answers 503 and says where to open it', async () => {
  const response = await relayToast(
    `${origin}/relay/db5.notify.windows.com/?token=T`,
    'x',
    '<toast/>',
  );
  expect(response.status).toBe(503);
  expect(await response.text()).toContain(`Open ${origin}/ in a browser`);
});

test('two tabs: one is the phone, and the other can take over', async ({ context }) => {
  const first = await context.newPage();
  await openPhone(first, origin);
  const second = await context.newPage();
  await second.goto(origin);
  const secondRelay = second.getByRole('status', { name: 'Relay' });
  await expect(secondRelay).toContainText('another tab is the active phone (2 tabs open)');
  await expect(first.getByRole('status', { name: 'Relay' })).toContainText(
    'this tab is the active phone (2 tabs open)',
  );

  // Each tab is its own phone with its own channels: the second tab's channel is unknown to
  // the first, which is the one the relay reaches for now.
  const channel = await second.evaluate(() => window.tilecast.openChannel({ service: 'wns' }));
  expect(channel.relayUri.startsWith(`${origin}/relay/`)).toBe(true);
  expect((await relayToken(origin, channel.credentials!)).status).toBe(400);

  await secondRelay.getByRole('button', { name: 'Make this tab the phone' }).click();
  await expect(secondRelay).toContainText('this tab is the active phone');
  await expect(first.getByRole('status', { name: 'Relay' })).toContainText(
    'another tab is the active phone',
  );
  const token = await accessToken(await relayToken(origin, channel.credentials!));
  const sent = await relayToast(channel.relayUri, token, toastXml('Second tab', 'took over'));
  expect(sent.status).toBe(200);
  await expect(second.getByRole('status', { name: 'Toast from Contoso News' })).toContainText(
    'Second tab',
  );
  await expect(first.getByRole('status', { name: 'Toast from Contoso News' })).toHaveCount(0);

  // Closing the phone's tab hands the role to the one left.
  await second.close();
  await expect(first.getByRole('status', { name: 'Relay' })).toContainText(
    'this tab is the active phone',
  );
});
