// The published declarations: one bundled .d.ts per entry point (dts-bundle-generator), so it
// has no relative imports for `moduleResolution: nodenext` to reject, and only the types the
// entry exports (nothing of the app's internals for a user to import by accident). Each is then
// copied as .d.cts, the `require` condition's types, which TypeScript reads as CommonJS.
// The generated files are checked by the package test (scripts/package.test.mjs) and by
// `tsc -b`, which typechecks examples/ against them, so the generator's own check is skipped.
import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const manifest = require.resolve('dts-bundle-generator/package.json');
const { bin } = JSON.parse(readFileSync(manifest, 'utf8'));
const script = typeof bin === 'string' ? bin : bin['dts-bundle-generator'];
execFileSync(
  process.execPath,
  [join(dirname(manifest), script), '--silent', '--config', 'dts-bundle.config.json'],
  { stdio: 'inherit' },
);
for (const entry of ['node', 'playwright'])
  copyFileSync(`dist-lib/${entry}.d.ts`, `dist-lib/${entry}.d.cts`);
