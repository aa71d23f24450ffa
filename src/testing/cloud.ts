// The `cloud` fixture of `tilecast/playwright`: the one cloud client (cloud/), sending from the
// emulator page as a cloud service would, so the page's push service answers it.
import type { Page } from '@playwright/test';
import { createCloud, type Cloud, type CloudFetch, type CloudResult } from '../cloud';

export type { Cloud };
/** An answer as tests read it: status, headers (lower-case names) and body text. */
export type HttpResult = CloudResult;

/** fetch, run in the page: one `page.evaluate` per request (bytes travel as a number list). */
export function pageFetch(page: Page): CloudFetch {
  return async (url, { method, headers, body }) => {
    const bytes = body instanceof Uint8Array ? [...body] : undefined;
    const answer = await page.evaluate(
      async ([target, init, text, data]) => {
        const response = await fetch(target, {
          ...init,
          body: data ? new Uint8Array(data) : text,
        });
        return {
          status: response.status,
          statusText: response.statusText,
          headers: [...response.headers.entries()],
          body: await response.text(),
        };
      },
      [url, { method, headers }, typeof body === 'string' ? body : undefined, bytes] as const,
    );
    return { ...answer, headers: new Headers(answer.headers), text: async () => answer.body };
  };
}

export const cloudFor = (page: Page): Cloud => createCloud(pageFetch(page));
