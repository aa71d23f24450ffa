// Tilecast as a user gets it: `npm pack`, the tarball installed into a new CommonJS project
// (`npm init -y`) outside the repository, then every documented way in: require and import of
// both entry points, their types under nodenext and bundler, the Node example, `npx tilecast`,
// and the README's Playwright example through its webServer recipe. Prints the packed size,
// the install time and `npx tilecast`'s time to first answer. Run: npm run test:package.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { consumerFiles } from './consumer-files.mjs';
import { firstAnswer, freePort, ok, run, startTilecast } from './helpers.mjs';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const repoRequire = createRequire(join(repo, 'package.json'));
const version = (name) => repoRequire(`${name}/package.json`).version;
const tsc = join(dirname(repoRequire.resolve('typescript/package.json')), 'bin', 'tsc');
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const npm = ['--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'];

let root;
let project;
const figures = [];

before(async () => {
  root = await mkdtemp(join(tmpdir(), 'tilecast-package-'));
  project = join(root, 'project');
  await mkdir(project);

  let started = performance.now();
  const packed = await ok('npm', ['pack', '--json', '--pack-destination', root], { cwd: repo });
  // The JSON is the last thing printed; the prepack build may print lines of its own before it.
  const [info] = JSON.parse(packed.stdout.slice(packed.stdout.lastIndexOf('\n[') + 1));
  figures.push(
    `npm pack (with its prepack build): ${((performance.now() - started) / 1000).toFixed(1)} s; ` +
      `packed ${(info.size / 1000).toFixed(1)} kB, unpacked ${(info.unpackedSize / 1e6).toFixed(2)} MB, ${info.entryCount} files`,
  );

  await ok('npm', ['init', '-y'], { cwd: project });
  started = performance.now();
  await ok('npm', ['install', ...npm, join(root, info.filename)], { cwd: project });
  figures.push(
    `npm install tilecast into an empty project: ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  // What a Playwright user already has; the same versions as the repo's, so the cache serves them.
  await ok(
    'npm',
    [
      'install',
      '-D',
      ...npm,
      `@playwright/test@${version('@playwright/test')}`,
      `@types/node@${version('@types/node')}`,
    ],
    { cwd: project },
  );
  const readme = await readFile(join(repo, 'README.md'), 'utf8');
  const readmeExample = readme.match(/### Playwright fixtures[^]*?```ts\n([^]*?)```/)[1];
  const port = await freePort();
  for (const [name, text] of Object.entries(consumerFiles({ port, chromium, readmeExample }))) {
    await mkdir(dirname(join(project, name)), { recursive: true });
    await writeFile(join(project, name), text);
  }
});

after(async () => {
  for (const line of figures) console.log(line);
  if (root) await rm(root, { recursive: true, force: true });
});

test('the project is CommonJS, and both entry points load with require and import', async () => {
  assert.equal(JSON.parse(await readFile(join(project, 'package.json'), 'utf8')).type, 'commonjs');
  const script = `
    const assert = require('node:assert/strict');
    assert.match(require.resolve('tilecast/playwright'), /playwright\\.cjs$/);
    assert.equal(typeof require('tilecast/node').createTilecast, 'function');
    assert.equal(typeof require('tilecast/playwright').test, 'function');
    // One @playwright/test: the project's own, not a second copy inside tilecast.
    const own = require.resolve('@playwright/test');
    const fromTilecast = require.resolve('@playwright/test', { paths: [require.resolve('tilecast/playwright')] });
    assert.equal(fromTilecast, own);
    import('tilecast/node').then(async (esm) => {
      const phone = esm.createTilecast();
      const channel = await phone.openChannel({ service: 'wns' });
      assert.match(channel.uri, /^https:\\/\\/[a-z0-9.]+\\.notify\\.windows\\.com\\//);
      phone.close();
      console.log('loaded');
    });
  `;
  const { stdout } = await ok(process.execPath, ['-e', script], { cwd: project });
  assert.equal(stdout.trim(), 'loaded');
  assert.equal(existsSync(join(project, 'node_modules/tilecast/node_modules/@playwright')), false);
});

test("the repository's Node example passes against the installed package", async () => {
  await writeFile(
    join(project, 'push.test.mjs'),
    await readFile(join(repo, 'examples/node/push.test.mjs'), 'utf8'),
  );
  // Without this test runner's NODE_TEST_CONTEXT, which would make the inner run report to it.
  const { NODE_TEST_CONTEXT, ...env } = process.env;
  void NODE_TEST_CONTEXT;
  const result = await run(process.execPath, ['--test', 'push.test.mjs'], { cwd: project, env });
  assert.equal(result.code, 0, result.stdout + result.stderr);
  assert.match(result.stdout, /# pass 2/);
});

for (const resolution of ['nodenext', 'bundler'])
  test(`the types check under moduleResolution ${resolution}`, async () => {
    await ok(process.execPath, [tsc, '-p', `tsconfig.${resolution}.json`], { cwd: project });
  });

test('npx tilecast --help (and tilecast relay --help) prints usage; an unknown flag prints it on stderr and exits 2', async () => {
  const help = await run('npx', ['--no-install', 'tilecast', '--help'], { cwd: project });
  assert.equal(help.code, 0);
  assert.match(help.stdout, /^Usage: tilecast/);
  const alias = await run('npx', ['--no-install', 'tilecast', 'relay', '--help'], { cwd: project });
  assert.equal(alias.stdout, help.stdout);
  const bad = await run('npx', ['--no-install', 'tilecast', '--nope'], { cwd: project });
  assert.equal(bad.code, 2);
  assert.equal(bad.stdout, '');
  assert.match(bad.stderr, /unknown option --nope[^]*Usage: tilecast/);
});

test('npx tilecast serves the app and the relay; a taken port names a free one', async () => {
  const port = await freePort();
  const started = performance.now();
  const server = startTilecast(project, ['--port', String(port)]);
  try {
    const ms = await firstAnswer(`http://127.0.0.1:${port}/`, started);
    figures.push(`npx tilecast → first answer: ${Math.round(ms)} ms`);
    const page = await fetch(`http://127.0.0.1:${port}/`);
    assert.equal(page.status, 200);
    assert.match(await page.text(), /<title>Tilecast<\/title>/);
    const worker = await fetch(`http://127.0.0.1:${port}/mockServiceWorker.js`);
    assert.equal(worker.status, 200);
    const push = await fetch(`http://127.0.0.1:${port}/relay/db5.notify.windows.com/?token=x`, {
      method: 'POST',
      headers: { 'Content-Type': 'text/xml', 'X-WNS-Type': 'wns/toast' },
      body: '<toast/>',
    });
    assert.equal(push.status, 503);
    assert.match(await push.text(), /No Tilecast emulator is open/);

    const second = await run('npx', ['--no-install', 'tilecast', '--port', String(port)], {
      cwd: project,
    });
    assert.equal(second.code, 1);
    const [line, ...more] = second.stderr.trim().split('\n');
    assert.deepEqual(more, []);
    const offered = Number(
      line.match(new RegExp(`^Port ${port} is in use; try --port (\\d+)$`))?.[1],
    );
    assert.ok(offered > port, line);
  } finally {
    await server.stop();
  }
});

test("the README's Playwright example passes through its webServer recipe, 2 workers", async () => {
  const result = await run('npx', ['--no-install', 'playwright', 'test', '--reporter=line'], {
    cwd: project,
    env: { ...process.env, CI: '' },
  });
  assert.equal(result.code, 0, result.stdout + result.stderr);
  assert.match(result.stdout, /2 passed/);
});
