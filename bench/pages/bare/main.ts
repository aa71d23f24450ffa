// Baseline for B1/B2: the physical path alone — a page fetch answered by msw's service worker
// with 200 at once, for the same push-service URLs Tilecast answers.
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';

const answer = () => new HttpResponse(null, { status: 200 });
const worker = setupWorker(
  http.all(/^https:\/\/login\.live\.com\/.*$/i, answer),
  http.all(/^https:\/\/[a-z0-9-]+\.notify\.windows\.com\/.*$/i, answer),
  http.all(/^https?:\/\/[a-z0-9-]+\.notify\.live\.net\/.*$/i, answer),
);

declare global {
  interface Window {
    bareReady: Promise<void>;
  }
}
window.bareReady = worker
  .start({ quiet: true, onUnhandledRequest: 'bypass' })
  .then(() => undefined);
