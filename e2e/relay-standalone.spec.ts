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

test('two tabs: each answers its own channels, and either can be the active phone', async ({
  context,
}) => {
  const first = await context.newPage();
  await openPhone(first, origin);
  const second = await context.newPage();
  await second.goto(origin);
  const secondRelay = second.getByRole('status', { name: 'Relay' });
  await expect(secondRelay).toContainText('another tab is the active phone');
  await expect(secondRelay).toContainText('2 emulator tabs share this relay');
  await expect(first.getByRole('status', { name: 'Relay' })).toContainText(
    'this tab is the active phone',
  );

  // Each tab is its own phone with its own channels: the second tab's channel and credentials
  // are its own, and the relay takes its back end's requests there though it is not active.
  const channel = await second.evaluate(() => window.tilecast.openChannel({ service: 'wns' }));
  expect(channel.relayUri.startsWith(`${origin}/relay/`)).toBe(true);
  const token = await accessToken(await relayToken(origin, channel.credentials!));
  const sent = await relayToast(channel.relayUri, token, toastXml('Second tab', 'its own'));
  expect(sent.status).toBe(200);
  await expect(second.getByRole('status', { name: 'Toast from Contoso News' })).toContainText(
    'Second tab',
  );
  await expect(first.getByRole('status', { name: 'Toast from Contoso News' })).toHaveCount(0);

  // The active role decides only who answers what no tab owns; the second tab can take it.
  await secondRelay.getByRole('button', { name: 'Make this tab the phone' }).click();
  await expect(secondRelay).toContainText('this tab is the active phone');
  await expect(first.getByRole('status', { name: 'Relay' })).toContainText(
    'another tab is the active phone',
  );

  // Closing the phone's tab hands the role to the one left.
  await second.close();
  await expect(first.getByRole('status', { name: 'Relay' })).toContainText(
    'this tab is the active phone',
  );
});
