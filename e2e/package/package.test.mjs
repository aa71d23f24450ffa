// Tilecast as a user gets it: `npm pack`, the tarball installed into a new CommonJS project
// (`npm init -y`) outside the repository, then every documented way in: require and import of
// both entry points, their types under nodenext and bundler, the Node example, `npx tilecast`,
// the README's Playwright example through its webServer recipe, and `--headless` driven with
// curl, directly and through the CONNECT proxy with Tilecast's CA. Prints the packed size, the
// install time, `npx tilecast`'s time to first answer and the headless push figures.
// Run: npm run test:package.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { systemChromium } from '../system-chromium.mjs';
import { consumerFiles } from './consumer-files.mjs';
import { firstAnswer, freePort, ok, run, startTilecast } from './helpers.mjs';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const repoRequire = createRequire(join(repo, 'package.json'));
const version = (name) => repoRequire(`${name}/package.json`).version;
const tsc = join(dirname(repoRequire.resolve('typescript/package.json')), 'bin', 'tsc');
const chromium = systemChromium();
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
  // What a Playwright user (and a back end on the wns library) already has; the repo's versions,
  // so the cache serves them.
  await ok(
    'npm',
    [
      'install',
      '-D',
      ...npm,
      `@playwright/test@${version('@playwright/test')}`,
      `@types/node@${version('@types/node')}`,
      `wns@${version('wns')}`,
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
    assert.equal(typeof require('tilecast/node').createCloud, 'function');
    assert.equal(typeof require('tilecast/playwright').createCloud, 'function');
    // One @playwright/test: the project's own, not a second copy inside tilecast.
    const own = require.resolve('@playwright/test');
    const fromTilecast = require.resolve('@playwright/test', { paths: [require.resolve('tilecast/playwright')] });
    assert.equal(fromTilecast, own);
    import('tilecast/node').then(async (esm) => {
      const phone = esm.createTilecast();
      const channel = await phone.openChannel({ service: 'wns' });
      assert.match(channel.uri, /^https:\\/\\/[a-z0-9.]+\\.notify\\.windows\\.com\\//);
      const cloud = esm.createCloud(fetch);
      assert.equal((await cloud.toast(channel, { title: 'From the package' })).status, 200);
      await phone.waitForToast({ title: 'From the package' });
      phone.close();
      console.log('loaded');
    });
  `;
  const { stdout } = await ok(process.execPath, ['-e', script], { cwd: project });
  assert.equal(stdout.trim(), 'loaded');
  assert.equal(existsSync(join(project, 'node_modules/tilecast/node_modules/@playwright')), false);
});

test("the repository's Node examples (fetch, and the real wns library) pass against the installed package", async () => {
  for (const name of ['push.test.mjs', 'wns-library.test.mjs'])
    await writeFile(join(project, name), await readFile(join(repo, 'examples/node', name), 'utf8'));
  // Without this test runner's NODE_TEST_CONTEXT, which would make the inner run report to it.
  const { NODE_TEST_CONTEXT, ...env } = process.env;
  void NODE_TEST_CONTEXT;
  const result = await run(process.execPath, ['--test', 'push.test.mjs', 'wns-library.test.mjs'], {
    cwd: project,
    env,
  });
  assert.equal(result.code, 0, result.stdout + result.stderr);
  assert.match(result.stdout, /# pass 3/);
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

test('npx tilecast --headless: channel, token, push and wait with curl; HTTPS through the CONNECT proxy', async () => {
  const port = await freePort();
  const home = join(root, 'tilecast-home');
  const env = { ...process.env, TILECAST_HOME: home };
  const server = startTilecast(project, ['--headless', '--port', String(port)], { env });
  const base = `http://127.0.0.1:${port}`;
  const curl = async (...args) =>
    JSON.parse((await ok('curl', ['-sS', '--fail-with-body', ...args])).stdout);
  try {
    await firstAnswer(`${base}/_tilecast/phone`, performance.now());
    const json = ['-H', 'Content-Type: application/json'];
    const channel = await curl(
      '-X',
      'POST',
      `${base}/_tilecast/channels`,
      ...json,
      '-d',
      '{"service":"wns","app":"Curl App"}',
    );
    assert.match(channel.relayUri, new RegExp(`^${base}/relay/`));
    const form = (id, secret) => [
      '-d',
      'grant_type=client_credentials',
      '-d',
      'scope=notify.windows.com',
      '--data-urlencode',
      `client_id=${id}`,
      '--data-urlencode',
      `client_secret=${secret}`,
    ];
    const { access_token: token } = await curl(
      channel.tokenUri,
      ...form(channel.credentials.clientId, channel.credentials.clientSecret),
    );
    const toast =
      '<toast><visual><binding template="ToastText01"><text id="1">Hello from curl</text></binding></visual></toast>';
    const pushed = await ok('curl', [
      '-sS',
      '-o',
      '/dev/null',
      '-w',
      '%{http_code}',
      channel.relayUri,
      '-H',
      `Authorization: Bearer ${token}`,
      '-H',
      'X-WNS-Type: wns/toast',
      '-H',
      'Content-Type: text/xml',
      '--data-raw',
      toast,
    ]);
    assert.equal(pushed.stdout, '200');
    const shown = await curl(
      '-X',
      'POST',
      `${base}/_tilecast/wait`,
      ...json,
      '-d',
      '{"kind":"toast","match":{"app":"Curl App","text":"Hello"}}',
    );
    assert.deepEqual(shown.texts, ['Hello from curl']);

    // An unmodified client: the real host names over HTTPS, through the proxy, trusting the CA.
    const ca = join(root, 'tilecast-ca.pem');
    await writeFile(
      ca,
      (await ok('npx', ['--no-install', 'tilecast', 'ca'], { cwd: project, env })).stdout,
    );
    const proxied = ['--cacert', ca, '-x', base];
    const { access_token: viaProxy } = await curl(
      ...proxied,
      'https://login.live.com/accesstoken.srf',
      ...form(channel.credentials.clientId, channel.credentials.clientSecret),
    );
    const badge = await ok('curl', [
      '-sS',
      '-o',
      '/dev/null',
      '-w',
      '%{http_code}',
      ...proxied,
      channel.uri,
      '-H',
      `Authorization: Bearer ${viaProxy}`,
      '-H',
      'X-WNS-Type: wns/badge',
      '-H',
      'Content-Type: text/xml',
      '--data-raw',
      '<badge value="3"/>',
    ]);
    assert.equal(badge.stdout, '200');
    const refused = await run('curl', ['-sS', ...proxied, 'https://example.com/']);
    assert.notEqual(refused.code, 0);
    assert.match(refused.stderr, /CONNECT tunnel failed, response 403/);

    // Figures: sequential round trips, then a burst through the relay, counted in the journal.
    const headers = {
      Authorization: `Bearer ${token}`,
      'X-WNS-Type': 'wns/badge',
      'Content-Type': 'text/xml',
    };
    const times = [];
    for (let i = 0; i < 1000; i++) {
      const t = performance.now();
      const response = await fetch(channel.relayUri, {
        method: 'POST',
        headers,
        body: `<badge value="${i % 99}"/>`,
      });
      await response.arrayBuffer();
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    figures.push(
      `headless push round trip over 1,000 pushes: p50 ${times[500].toFixed(2)} ms, p99 ${times[990].toFixed(2)} ms`,
    );
    const before = (await curl(`${base}/_tilecast/journal`)).length;
    const statuses = {};
    let next = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: 64 }, async () => {
        while (next < 10_000) {
          next++;
          const response = await fetch(channel.relayUri, {
            method: 'POST',
            headers,
            body: '<badge value="1"/>',
          });
          await response.arrayBuffer();
          statuses[response.status] = (statuses[response.status] ?? 0) + 1;
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    assert.deepEqual(statuses, { 200: 10_000 });
    assert.equal((await curl(`${base}/_tilecast/journal`)).length - before, 10_000);
    figures.push(
      `headless burst: 10,000 pushes, 64 in flight, in ${seconds.toFixed(1)} s; 0 lost, journal +10,000`,
    );
  } finally {
    await server.stop();
  }
});
