import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The two baseline pages, built exactly as Tilecast is (same Vite, same React plugin).
const page = process.env.BENCH_PAGE ?? 'blank';
export default defineConfig({
  root: resolve(import.meta.dirname, 'pages', page),
  publicDir: resolve(import.meta.dirname, '..', 'public'),
  plugins: [react()],
  build: { outDir: resolve(import.meta.dirname, '.build', page), emptyOutDir: true },
  logLevel: 'warn',
});
