import { protocolTable, tableWorld } from '../src/testing/protocol-table';
import { expect, test } from '../src/testing/playwright';

// The shared protocol table through the page's service worker; src/transport/hosts.test.ts runs
// the same rows through tilecast/node, so both hosts are held to identical answers.

test('every row of the protocol table gets the same answer in the browser', async ({
  phone,
  cloud,
}) => {
  test.setTimeout(120_000);
  for (const row of protocolTable) {
    await phone.reset({ seed: 7 });
    const world = await tableWorld(phone, (url, init) => cloud.fetch(url, init));
    await row.before?.(phone);
    const request = row.request(world);
    const answer = await cloud.fetch(request.url, {
      method: request.method ?? 'POST',
      headers: request.headers,
      body: request.body,
    });
    expect(answer.status, row.name).toBe(row.status);
    expect(answer.headers, row.name).toMatchObject(row.headers ?? {});
  }
});
