import { PUSH_HOSTS } from '../protocol/endpoint.ts';

// The emulator's security headers, one definition for `vite preview` (vite.config.ts) and the
// standalone server, so both serve the app alike (issue 23).

/**
 * Content-Security-Policy of the production build (issue 11, SECURITY.md): scripts only from
 * the page's own origin (no inline, no remote, no eval), so a payload that slipped past React's
 * text rendering still could not run. fetch may reach only the hosts the push service answers
 * for (msw intercepts them in the service worker). Styles: the bundled CSS, inline <style> (the
 * editor's), and React's style properties, which CSP does not govern. The dev server is left
 * without a policy: Vite's React refresh needs an inline preamble script.
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
  // The push endpoints, from the one list every host classifies by (protocol/endpoint.ts).
  `connect-src 'self' ${PUSH_HOSTS.flatMap((h) => h.schemes.map((s) => `${s}://${h.name}`)).join(' ')}`,
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
].join('; ');

/**
 * Headers can say what a meta tag cannot: no framing of the emulator by another site
 * (clickjacking), no content sniffing, and no Referer naming the emulator's port to image hosts.
 */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY', // frame-ancestors for browsers that predate it
};

/** Where msw's service worker is served from (public/, copied into the build). */
export const WORKER_PATH = '/mockServiceWorker.js';

/**
 * msw's worker fetches, itself, every request of the page that no handler answers: above all a
 * payload's http(s) images, which the page's own img-src already allowed. A worker's fetches
 * obey the policy of the worker script's response, so the page's connect-src (push hosts only)
 * would fail every remote image there. The worker gets a policy of its own: it runs no other
 * script and may fetch what the page may show.
 */
export const WORKER_CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; connect-src 'self' http: https:";

/** The headers for a path the app serves: the page's policy, or the worker's. */
export const securityHeadersFor = (path: string): Record<string, string> =>
  path === WORKER_PATH
    ? { ...SECURITY_HEADERS, 'Content-Security-Policy': WORKER_CONTENT_SECURITY_POLICY }
    : SECURITY_HEADERS;
