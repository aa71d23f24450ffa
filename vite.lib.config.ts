import { defineConfig } from 'vite';

// The package's Node entry points, as SSR builds (dependencies stay external imports):
// - default: `tilecast/node` and `tilecast/playwright` into dist-lib/, as ESM (.js) and as
//   CommonJS (.cjs) so a project made by `npm init` can `require` them too;
// - `--mode relay`: the CLI behind `npx tilecast` into dist-relay/ (ESM; bin/tilecast.js loads it).
// No source maps: src/ is not shipped, and the output is unminified and readable.
const libEntries: Record<string, string> = {
  node: 'src/transport/node.ts',
  playwright: 'src/testing/playwright.ts',
};
const relayEntries: Record<string, string> = { cli: 'src/server/cli.ts' };

export default defineConfig(({ mode }) => {
  const relay = mode === 'relay';
  return {
    publicDir: false,
    build: {
      ssr: true,
      target: 'node20',
      outDir: relay ? 'dist-relay' : 'dist-lib',
      emptyOutDir: true,
      rolldownOptions: {
        input: relay ? relayEntries : libEntries,
        output: (relay ? ['es'] : ['es', 'cjs']).map((format) => ({
          format: format as 'es' | 'cjs',
          entryFileNames: format === 'es' ? '[name].js' : '[name].cjs',
          chunkFileNames: format === 'es' ? 'chunks/[name]-[hash].js' : 'chunks/[name]-[hash].cjs',
        })),
      },
    },
  };
});
