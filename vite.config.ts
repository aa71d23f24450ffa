import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { tilecastRelay } from './src/relay/vite-plugin.ts';

export default defineConfig({
  plugins: [react(), tailwindcss(), tilecastRelay()],
  resolve: {
    // msw's cookie store pulls in tldts's public-suffix list (47 KB gzip) for cookies the push
    // endpoints never set; a two-label rule stands in for it (src/lib/registrable-domain.ts).
    alias: { tldts: fileURLToPath(new URL('./src/lib/registrable-domain.ts', import.meta.url)) },
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: { host: '127.0.0.1', port: 4173 },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
