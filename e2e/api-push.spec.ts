import type { Page } from '@playwright/test';
import { expect, test } from '../src/testing/playwright';

type Sent = { status: number; headers: Record<string, string>; body: string };

/** Runs a cloud service's two steps inside the page: token, then a notification fetch. */
async function push(
  page: Page,
  request: {
    method?: string;
    uri?: string;
    auth?: 'valid' | 'none' | 'bogus';
    body?: string;
    type?: string;
  },
): Promise<Sent & { uri: string }> {
  return page.evaluate(
    async ({ method = 'POST', uri, auth = 'valid', body, type = 'wns/toast' }) => {
      const channel = await window.tilecast.openChannel({ service: 'wns' });
      const form = new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: channel.credentials!.clientId,
        client_secret: channel.credentials!.clientSecret,
        scope: 'notify.windows.com',
      });
      const tokenResponse = await fetch('https://login.live.com/accesstoken.srf', {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: form,
      });
      const { access_token } = (await tokenResponse.json()) as { access_token: string };
      const headers: Record<string, string> = { 'Content-Type': 'text/xml', 'X-WNS-Type': type };
      if (auth === 'valid') headers.Authorization = `Bearer ${access_token}`;
      if (auth === 'bogus') headers.Authorization = 'Bearer EgAforged';
      const target = uri ?? channel.uri;
      const response = await fetch(target, {
        method,
        headers,
        body: method === 'GET' ? undefined : body,
      });
      return {
        uri: target,
        status: response.status,
        headers: Object.fromEntries(response.headers.entries()),
        body: await response.text(),
      };
    },
    request,
  );
}

const toast = (title: string, body: string) =>
  `<toast><visual><binding template="ToastText02"><text id="1">${title}</text><text id="2">${body}</text></binding></visual></toast>`;

test('openChannel issues a realistic WNS channel and credentials', async ({ phone }) => {
  const channel = await phone.openChannel({ service: 'wns' });
  expect(channel.uri).toMatch(/^https:\/\/[a-z0-9]+\.notify\.windows\.com\/\?token=[A-Za-z0-9%]+$/);
  expect(channel.uri).not.toMatch(/%[0-9A-F]{2}/); // lower-case escapes, as real URIs have
  expect(channel.credentials?.clientId).toMatch(/^ms-app:\/\/s-1-15-2-[\d-]+$/);
  expect(channel.credentials?.clientSecret).toMatch(/^[A-Za-z0-9]{32}$/);
  expect(channel.service).toBe('wns');
});

test('a toast pushed with fetch gets the WNS response and shows on the phone', async ({
  page,
  phone,
}) => {
  const sent = await push(page, { body: toast('From a test', 'pushed with fetch') });
  expect(sent.status).toBe(200);
  expect(sent.headers['x-wns-status']).toBe('received');
  expect(sent.headers['x-wns-notificationstatus']).toBe('received');
  expect(sent.headers['x-wns-msg-id']).toMatch(/^[0-9A-F]{16}$/);
  expect(sent.headers['x-wns-debug-trace']).toMatch(/WNS\d+$/);
  expect(sent.body).toBe('');

  const banner = phone.banner('Contoso News');
  await expect(banner).toContainText('From a test');
  await expect(banner).toContainText('pushed with fetch');
  const journal = page.getByRole('list', { name: 'Journal entries' });
  await expect(
    journal.getByRole('button', { name: /POST toast 200 Contoso News · shown/ }),
  ).toHaveCount(1);
});

test('bad requests get the real WNS status codes, and each is journaled', async ({
  page,
  phone,
}) => {
  const cases = [
    { name: 'no bearer token', request: { auth: 'none' as const }, status: 401 },
    { name: 'forged bearer token', request: { auth: 'bogus' as const }, status: 401 },
    {
      name: 'unknown channel',
      request: { uri: 'https://db5.notify.windows.com/?token=AwYAAAAunknown' },
      status: 404,
    },
    { name: 'wrong method', request: { method: 'PUT' }, status: 405 },
    {
      name: 'body over 5000 bytes',
      request: { body: toast('big', 'x'.repeat(5000)) },
      status: 413,
    },
  ];
  for (const c of cases) {
    const sent = await push(page, { body: toast('t', 'b'), ...c.request });
    expect(sent.status, c.name).toBe(c.status);
  }
  const missing = await push(page, { auth: 'none', body: toast('t', 'b') });
  expect(missing.headers['www-authenticate']).toBe('Bearer');
  const forged = await push(page, { auth: 'bogus', body: toast('t', 'b') });
  expect(forged.headers['www-authenticate']).toContain('invalid_token');

  const refused = await page.evaluate(() =>
    window.tilecast
      .journal()
      .filter((e) => e.kind === 'request' && e.type === 'toast')
      .map((e) => e.kind === 'request' && e.response.status),
  );
  expect(refused).toEqual([401, 401, 404, 405, 413, 401, 401]);
  await expect(phone.banner()).toHaveCount(0);
  await expect(phone.deviceLog).toContainText('Nothing dropped.');
});

test('malformed toast XML is received by WNS, then dropped by the phone with its position', async ({
  page,
  phone,
}) => {
  const sent = await push(page, {
    body: '<toast>\n  <visual>\n    <binding template="ToastText02">\n      <text id="1">oops</visual>\n</toast>',
  });
  expect(sent.status).toBe(200);
  expect(sent.headers['x-wns-status']).toBe('received');
  const log = phone.deviceLog;
  await expect(log).toContainText(/Contoso News: dropped: .+ at line 4, column \d+/);
  await expect(phone.banner()).toHaveCount(0);
});

test('a raw & in an attribute, which Windows refuses, drops the toast with its position', async ({
  page,
  phone,
}) => {
  const sent = await push(page, {
    body: '<toast launch="a=1&b=2">\n  <visual>\n    <binding template="ToastText01">\n      <text id="1">Tom and Jerry</text>\n    </binding>\n  </visual>\n</toast>',
  });
  expect(sent.status).toBe(200);
  const log = phone.deviceLog;
  await expect(log).toContainText(
    /Contoso News: dropped: .*raw '&' must be written &amp;.* at line 1, column 19/,
  );
  await expect(phone.banner()).toHaveCount(0);
});
