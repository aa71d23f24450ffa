// The published declarations: one bundled .d.ts per entry point (dts-bundle-generator), so it
// has no relative imports for `moduleResolution: nodenext` to reject, and only the types the
// entry exports (nothing of the app's internals for a user to import by accident). Each is then
// copied as .d.cts, the `require` condition's types, which TypeScript reads as CommonJS.
// The generated files are checked by the package test (e2e/package/) and by `tsc -b`, which
// typechecks examples/ against them, so the generator's own check is skipped.
// The generator takes half a minute, so its output is cached under node_modules/.cache by a
// hash of everything it reads: sources, tsconfigs, its config and the lockfile.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const entries = ['node', 'playwright'];
const inputs = [
  ...readdirSync('src', { recursive: true })
    .map((name) => join('src', name))
    .filter((name) => /\.tsx?$/.test(name) && !name.endsWith('.test.ts'))
    .sort(),
  'tsconfig.app.json',
  'tsconfig.lib.json',
  'dts-bundle.config.json',
  'package-lock.json',
];
const hash = createHash('sha256');
for (const name of inputs) hash.update(`${name}\0`).update(readFileSync(name)).update('\0');
const cache = join('node_modules', '.cache', 'tilecast-types', hash.digest('hex').slice(0, 16));

if (!existsSync(join(cache, 'playwright.d.ts'))) {
  const require = createRequire(import.meta.url);
  const manifest = require.resolve('dts-bundle-generator/package.json');
  const { bin } = JSON.parse(readFileSync(manifest, 'utf8'));
  const script = typeof bin === 'string' ? bin : bin['dts-bundle-generator'];
  execFileSync(
    process.execPath,
    [join(dirname(manifest), script), '--silent', '--config', 'dts-bundle.config.json'],
    { stdio: 'inherit' },
  );
  mkdirSync(cache, { recursive: true });
  // playwright.d.ts last: its presence marks a complete entry.
  for (const entry of entries) copyFileSync(`dist-lib/${entry}.d.ts`, join(cache, `${entry}.d.ts`));
} else {
  for (const entry of entries) copyFileSync(join(cache, `${entry}.d.ts`), `dist-lib/${entry}.d.ts`);
}
for (const entry of entries) copyFileSync(`dist-lib/${entry}.d.ts`, `dist-lib/${entry}.d.cts`);
