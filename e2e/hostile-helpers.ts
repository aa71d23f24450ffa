import { expect, type Page } from '@playwright/test';

/**
 * Sets traps before the app loads: any script a payload smuggles in would set `__pwned` (or
 * call alert), and every CSP violation is recorded. Issue 11.
 */
export async function armTraps(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as Record<string, unknown>;
    w.__trapHits = 0;
    w.__violations = [];
    Object.defineProperty(window, '__pwned', {
      configurable: false,
      get: () => undefined,
      set: () => {
        w.__trapHits = (w.__trapHits as number) + 1;
      },
    });
    document.addEventListener('securitypolicyviolation', (e) =>
      (w.__violations as string[]).push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
}

export const traps = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as Record<string, unknown>;
    return { hits: w.__trapHits as number, violations: w.__violations as string[] };
  });

/** What lies outside the phone and must not change, plus anything script-capable anywhere. */
const pageOutline = (page: Page) =>
  page.evaluate(() => {
    const all = [...document.querySelectorAll('*')];
    const phone = document.querySelector('[aria-label="Phone"]');
    return {
      title: document.title,
      head: document.head.innerHTML,
      html: [...document.documentElement.attributes].map((a) => `${a.name}=${a.value}`),
      body: [...document.body.attributes].map((a) => `${a.name}=${a.value}`),
      bodyChildren: document.body.children.length,
      scripts: document.scripts.length,
      embeds: document.querySelectorAll('iframe, object, embed, frame, base, link, meta, style')
        .length,
      handlers: all.flatMap((el) =>
        [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => a.name),
      ),
      badUrls: all.flatMap((el) =>
        ['src', 'href', 'xlink:href', 'action', 'formaction']
          .map((name) => el.getAttribute(name) ?? '')
          .filter((v) => /^\s*(javascript|data|blob|vbscript):/i.test(v)),
      ),
      // The journal's virtualised rows are positioned with inline styles and grow with each
      // request: they are Tilecast's own, not the payload's, so they are left out. Listed, not
      // counted, so a difference names the element.
      styledOutsidePhone: all
        .filter(
          (el) =>
            el instanceof HTMLElement &&
            el.getAttribute('style') &&
            !phone?.contains(el) &&
            !el.closest('[aria-label="Journal entries"]'),
        )
        // Named by tag and class, not style values: a reflow may change a height, not the set.
        .map((el) => `${el.tagName.toLowerCase()}.${el.className}`),
      unsafeStyles: all
        .map((el) => el.getAttribute('style') ?? '')
        .filter((s) => /url\(|expression|position:\s*fixed|javascript/i.test(s)),
    };
  });

/**
 * The outline once the page has stopped changing on its own: the composer's editor lays out its
 * gutters a few frames after it appears (on a loaded machine, after the test had read the
 * outline), so one read is compared with the next until two agree.
 */
export async function settledOutline(page: Page) {
  let last = await pageOutline(page);
  await expect
    .poll(
      async () => {
        const now = await pageOutline(page);
        const same = JSON.stringify(now) === JSON.stringify(last);
        last = now;
        return same;
      },
      { intervals: [250] },
    )
    .toBe(true);
  return last;
}
