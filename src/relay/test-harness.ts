import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { connectFakePage, type FakePage } from './fake-page.ts';
import { startStandalone, type Standalone } from './standalone.ts';

/**
 * A standalone relay on `port` (this checkout's tests own 4340-4349; e2e uses 4342), fresh for
 * each test, with helpers to connect fake emulator pages that are closed after it.
 */
export function relayHarness(port: number) {
  const base = `http://127.0.0.1:${port}`;
  const root = mkdtempSync(join(tmpdir(), 'tilecast-dist-'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Tilecast</title>');
  const pages: FakePage[] = [];
  const harness = {
    base,
    port,
    channel: `${base}/relay/db5.notify.windows.com/?token=T`,
    server: undefined as unknown as Standalone,
    async page(onRequest?: Parameters<typeof connectFakePage>[1]) {
      const connected = await connectFakePage(port, onRequest);
      pages.push(connected);
      return connected;
    },
    /** A fake page that answers every request with 200, echoing its URL and body. */
    echo() {
      return harness.page((request, self) =>
        self.answer({
          id: request.id,
          status: 200,
          statusText: 'OK',
          headers: [
            ['X-WNS-Status', 'received'],
            ['X-Echo-Url', request.url],
          ],
          body: request.body,
        }),
      );
    },
    /** Closes a page now (its status changes are part of the test). */
    async close(page: FakePage) {
      pages.splice(pages.indexOf(page), 1);
      await page.close();
    },
  };
  beforeEach(async () => {
    harness.server = await startStandalone({ port, root, hosts: ['127.0.0.1'] });
  });
  afterEach(async () => {
    await Promise.all(pages.splice(0).map((p) => p.close()));
    await harness.server.close();
  });
  return harness;
}
