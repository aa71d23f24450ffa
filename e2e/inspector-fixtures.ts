import type { Page } from '@playwright/test';
import { baseHeaders, createCloud } from '../src/cloud';
import { pageFetch } from '../src/testing/cloud';
import { test as base, expect } from '../src/testing/playwright';

/**
 * Pushes notifications from inside the page, as a cloud service would (the `cloud` fixture's
 * client): a token, then POSTs. A new token for every push, so each push is two journal rows.
 */
export async function pushAll(
  page: Page,
  pushes: { body: string; auth?: 'valid' | 'bogus'; app?: string }[],
): Promise<number[]> {
  const cloud = createCloud(pageFetch(page));
  const statuses: number[] = [];
  for (const { body, auth = 'valid', app } of pushes) {
    const channel = await page.evaluate(
      (app) => window.tilecast.openChannel({ service: 'wns', app }),
      app,
    );
    cloud.forget();
    const token = await cloud.token(channel);
    const answer = await cloud.fetch(channel.uri, {
      method: 'POST',
      headers: {
        ...baseHeaders('wns', 'wns/toast'),
        Authorization: auth === 'valid' ? `Bearer ${token}` : 'Bearer EgAforged',
      },
      body,
    });
    statuses.push(answer.status);
  }
  return statuses;
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
