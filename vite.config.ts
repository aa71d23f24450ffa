import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vitest/config';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from './src/relay/security-headers.ts';
import { tilecastRelay } from './src/relay/vite-plugin.ts';

const cspMeta = (): Plugin => ({
  name: 'tilecast-csp',
  apply: 'build',
  transformIndexHtml: () => [
    {
      tag: 'meta',
      attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
      injectTo: 'head-prepend',
    },
  ],
});

export default defineConfig({
  plugins: [react(), tailwindcss(), tilecastRelay(), cspMeta()],
  resolve: {
    // msw's cookie store pulls in tldts's public-suffix list (47 KB gzip) for cookies the push
    // endpoints never set; a two-label rule stands in for it (src/lib/registrable-domain.ts).
    alias: { tldts: fileURLToPath(new URL('./src/lib/registrable-domain.ts', import.meta.url)) },
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: {
    host: '127.0.0.1',
    port: 4173,
    // Shared with the standalone server (src/relay/security-headers.ts says what each is for).
    headers: SECURITY_HEADERS,
  },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
