import { defineConfig } from 'vite';

// Builds the package entry points for Node and test runners (`tilecast/node`,
// `tilecast/playwright`) as plain ESM; dependencies stay external (an SSR build).
export default defineConfig({
  publicDir: false,
  build: {
    ssr: true,
    target: 'node20',
    outDir: 'dist-lib',
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      input: {
        node: 'src/transport/node.ts',
        playwright: 'src/testing/playwright.ts',
      },
      output: {
        format: 'es',
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
      },
    },
  },
});
