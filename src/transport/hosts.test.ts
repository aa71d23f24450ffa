import { afterAll, describe, expect, it } from 'vitest';
import { protocolTable, tableWorld } from '../testing/protocol-table';
import { createTilecast } from './node';

// The shared protocol table through tilecast/node: real fetch, intercepted by msw/node.
// e2e/hosts.spec.ts runs the same table through the page's service worker.

const phone = createTilecast();
afterAll(() => phone.close());

const post = async (
  url: string,
  init: { method?: string; headers?: Record<string, string>; body?: string },
) => {
  const response = await fetch(url, {
    method: init.method ?? 'POST',
    headers: init.headers,
    body: init.body,
  });
  return {
    status: response.status,
    headers: Object.fromEntries(response.headers.entries()),
    body: await response.text(),
  };
};

describe('the protocol table in Node', () => {
  it.each(protocolTable)('$name', async (row) => {
    await phone.reset({ seed: 7 });
    const world = await tableWorld(phone, (url, init) => post(url, init));
    await row.before?.(phone);
    const answer = await post(row.request(world).url, row.request(world));
    expect(answer.status).toBe(row.status);
    expect(answer.headers).toMatchObject(row.headers ?? {});
  });
});
