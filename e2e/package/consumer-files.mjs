// The files of the user's project in the package test: what someone writes after
// `npm init -y && npm install tilecast` (a CommonJS project, as npm init makes).

/** Type-level use of both entry points; each @ts-expect-error fails if the types went `any`. */
const typesTs = `import { createCloud, createTilecast, type ChannelInfo, type TilecastNode } from 'tilecast/node';
import { expect, test, type Phone } from 'tilecast/playwright';

const node: TilecastNode = createTilecast({ listen: false });
export const channel: Promise<ChannelInfo> = node.openChannel({ service: 'wns' });
// @ts-expect-error only 'wns' and 'mpns' exist
void node.openChannel({ service: 'apns' });

export const badged: Promise<number> = channel.then(async (opened) => {
  const cloud = createCloud(fetch);
  // @ts-expect-error a toast has a title, not a colour
  void cloud.toast(opened, { colour: 'red' });
  return (await cloud.badge(opened, 3)).status;
});

test('types', async ({ phone, cloud }) => {
  const opened = await phone.openChannel({ service: 'wns', app: 'Fabrikam' });
  const sent: number = (await cloud.toast(opened, { title: 'Hi' })).status;
  void sent;
  await expect(phone).toShowToast({ title: 'Hi' }, { timeout: 1000 });
  // @ts-expect-error a toast match has no 'colour'
  await expect(phone).toShowToast({ colour: 'red' });
  const same: Phone = phone;
  void same;
});
`;

const tsconfig = (options, include) =>
  JSON.stringify({
    compilerOptions: {
      target: 'ES2022',
      strict: true,
      noEmit: true,
      skipLibCheck: false,
      types: ['node'],
      lib: ['ES2022', 'DOM'],
      ...options,
    },
    include,
  });

/** A second worker's test, so `--workers=2` has two files to share out. */
const secondSpec = `import { expect, test } from 'tilecast/playwright';

test('a second phone shows its own toast', async ({ phone, cloud }) => {
  const channel = await phone.openChannel({ service: 'wns', app: 'Northwind Traders' });
  await cloud.toast(channel, { title: 'Order shipped', body: 'Arrives Tuesday' });
  await expect(phone).toShowToast({ title: 'Order shipped', app: 'Northwind Traders' });
});
`;

/** The README's webServer recipe, on the test's port and the machine's Chromium. */
const playwrightConfig = (port, chromium) => `import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests',
  workers: 2,
  use: {
    baseURL: 'http://127.0.0.1:${port}',
    launchOptions: { executablePath: ${JSON.stringify(chromium)} },
  },
  webServer: {
    command: 'npx tilecast --port ${port}',
    url: 'http://127.0.0.1:${port}',
  },
});
`;

export function consumerFiles({ port, chromium, readmeExample }) {
  return {
    'types.ts': typesTs,
    'types.mts': typesTs,
    'tsconfig.nodenext.json': tsconfig({ module: 'nodenext', moduleResolution: 'nodenext' }, [
      'types.ts',
      'types.mts',
    ]),
    'tsconfig.bundler.json': tsconfig({ module: 'esnext', moduleResolution: 'bundler' }, [
      'types.ts',
    ]),
    'playwright.config.ts': playwrightConfig(port, chromium),
    'tests/toast.spec.ts': readmeExample,
    'tests/second.spec.ts': secondSpec,
  };
}
