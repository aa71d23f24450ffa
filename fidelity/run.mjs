// npm run fidelity [-- --reference=<folder>] [-- --out=<folder>]
// Renders Tilecast's version of every template that has one of Microsoft's reference pictures
// and writes an HTML report (reference | Tilecast | difference, with a layout score).
// The pictures are not part of the project: they are read from --reference, else
// TILECAST_REFERENCE, else ../shared/reference.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const option = (name) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);

const reference = resolve(
  option('reference') ?? process.env.TILECAST_REFERENCE ?? '../shared/reference',
);
const out = resolve(option('out') ?? process.env.TILECAST_FIDELITY_OUT ?? 'fidelity-report');

if (!existsSync(reference)) {
  console.log(
    `Fidelity report skipped: no reference pictures at ${reference}.\n` +
      "Microsoft's pictures are not shipped with Tilecast. Point the tool at a folder of them " +
      'with --reference=<folder> or TILECAST_REFERENCE=<folder> (default ../shared/reference).',
  );
  process.exit(0);
}

const run = spawnSync('npx', ['playwright', 'test', '-c', 'fidelity/playwright.config.ts'], {
  stdio: 'inherit',
  env: { ...process.env, TILECAST_REFERENCE: reference, TILECAST_FIDELITY_OUT: out },
});
process.exit(run.status ?? 1);
