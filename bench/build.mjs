// The bench's builds: the production app, the two baseline pages (a blank Vite React page and
// a bare msw page, built the same way), and the core entry B6 and B7 import in Node.
import { resolve } from 'node:path';
import { build } from 'vite';

/** Builds everything `npm run bench` serves or imports; `here` is the bench folder. */
export async function buildAll(here) {
  console.log('bench: building Tilecast, the two baseline pages and the core entry…');
  await build({ logLevel: 'warn' });
  for (const page of ['blank', 'bare']) {
    process.env.BENCH_PAGE = page;
    await build({ configFile: resolve(here, 'vite.pages.config.ts') });
  }
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      ssr: resolve(here, 'core-entry.ts'),
      outDir: resolve(here, '.build/core'),
      emptyOutDir: true,
      target: 'node20',
      rolldownOptions: { output: { entryFileNames: 'core.mjs' } },
    },
  });
}
