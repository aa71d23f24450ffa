import type { Page } from '@playwright/test';
import { test as base, expect } from '../src/testing/playwright';

/** Pushes notifications from inside the page, as a cloud service would: token, then POSTs. */
export async function pushAll(
  page: Page,
  pushes: { body: string; auth?: 'valid' | 'bogus'; app?: string }[],
): Promise<number[]> {
  return page.evaluate(async (list) => {
    const statuses: number[] = [];
    for (const { body, auth = 'valid', app } of list) {
      const channel = await window.tilecast.openChannel({ service: 'wns', app });
      const form = new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: channel.credentials!.clientId,
        client_secret: channel.credentials!.clientSecret,
        scope: 'notify.windows.com',
      });
      const token = await fetch('https://login.live.com/accesstoken.srf', {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: form,
      });
      const { access_token } = (await token.json()) as { access_token: string };
      const response = await fetch(channel.uri, {
        method: 'POST',
        headers: {
          'Content-Type': 'text/xml',
          'X-WNS-Type': 'wns/toast',
          Authorization: auth === 'valid' ? `Bearer ${access_token}` : 'Bearer EgAforged',
        },
        body,
      });
      statuses.push(response.status);
    }
    return statuses;
  }, pushes);
}

export const goodToast = (title: string) =>
  `<toast><visual><binding template="ToastText01"><text id="1">${title}</text></binding></visual></toast>`;
export const brokenToast =
  '<toast>\n  <visual>\n    <binding template="ToastText02">\n  </visual>\n</toast>';

/** The inspector as a page object (its list, rows, filters and tools), on the phone fixture. */
export const test = base.extend<{ inspector: ReturnType<typeof inspectorOf> }>({
  inspector: async ({ phone }, provide) => {
    await provide(inspectorOf(phone.page));
  },
});

function inspectorOf(page: Page) {
  const region = page.getByRole('region', { name: 'Inspector' });
  const list = region.getByRole('list', { name: 'Journal entries' });
  return {
    region,
    list,
    rows: list.getByRole('button'),
    row: (name: RegExp | string) => list.getByRole('button', { name }),
    outcome: region.getByRole('combobox', { name: 'Outcome' }),
    button: (name: string) => region.getByRole('button', { name, exact: true }),
  };
}

export { expect };
