import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vitest/config';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { tilecastRelay } from './src/relay/vite-plugin.ts';

/**
 * Content-Security-Policy of the production build (issue 11, SECURITY.md): scripts only from
 * the page's own origin (no inline, no remote, no eval), so a payload that slipped past React's
 * text rendering still could not run. fetch may reach only the hosts the push service answers
 * for (msw intercepts them in the service worker). Styles: the bundled CSS, inline <style> (the
 * editor's), and React's
 * style properties, which CSP does not govern. The dev server is left without a policy: Vite's
 * React refresh needs an inline preamble script.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  // CodeMirror (the composer's editor) injects <style> elements; styles cannot run code, so
  // inline styles are allowed while scripts stay strictly same-origin.
  "style-src 'self' 'unsafe-inline'",
  // data: and blob: are images the page makes itself: the contact sheet's PNG export draws the
  // sheet as an SVG data: image onto a canvas and saves it through a blob: URL, and images a
  // designer adds to an app's package are object URLs made from checked files (issue 5). A
  // payload's own data:/blob: src is still refused by the protocol checks.
  "img-src 'self' http: https: data: blob:",
  "font-src 'self' data:", // Vite inlines the smallest font files as data: URIs
  "connect-src 'self' https://login.live.com https://*.notify.windows.com http://*.notify.live.net https://*.notify.live.net",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
].join('; ');

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
    // Headers can say what a meta tag cannot: no framing of the emulator by another site.
    headers: {
      'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
      'X-Content-Type-Options': 'nosniff',
    },
  },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
