// B6's browser: Chromium with no test runner attached to its pages, as a person's browser is.
// Playwright attaches to every page it opens and turns on the DevTools network events, so each
// WebSocket frame the page sends or receives is copied, as JSON, to the Node process that runs
// Playwright — here the very process that runs the relay and times the round trip. Measured on
// the floor page: 1.97 ms with Playwright attached, 1.41 ms without (2-core VM). B6 times the
// relay as back ends meet it, so its pages are opened here; a DevTools connection is made only
// for a moment, to run one script, and closed before any round trip is timed.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import WebSocket from 'ws';
import { systemChromium } from '../e2e/system-chromium.mjs';

// Playwright's own headless switches that bear on timing, so both browsers run pages alike.
const SWITCHES = [
  '--headless',
  '--no-sandbox',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-renderer-backgrounding',
  '--disable-component-update',
  '--disable-dev-shm-usage',
  '--hide-scrollbars',
  '--mute-audio',
  '--remote-debugging-port=0',
];

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `read` until it returns a value (errors count as not yet), for at most `ms`. */
async function until(read, what, ms = 15_000) {
  const deadline = Date.now() + ms;
  for (;;) {
    try {
      const value = await read();
      if (value !== undefined) return value;
    } catch {
      // not yet
    }
    if (Date.now() > deadline) throw new Error(`plain browser: ${what} timed out`);
    await sleep(50);
  }
}

/** One DevTools command on a fresh connection to `target`, closed as soon as it answers. */
async function command(target, method, params) {
  const socket = new WebSocket(target);
  try {
    await once(socket, 'open');
    socket.send(JSON.stringify({ id: 1, method, params }));
    for (;;) {
      const [data] = await once(socket, 'message');
      const message = JSON.parse(String(data));
      if (message.id === 1) return message;
    }
  } finally {
    socket.close();
  }
}

/**
 * A Chromium page at about:blank. `open(url)` navigates it; `evaluate(fn, arg)` runs
 * `fn(arg)` in it and returns its JSON result, trying again while a navigation (the service
 * worker's first load) replaces the page.
 */
export async function plainPage() {
  const executable = systemChromium() ?? chromium.executablePath();
  const profile = mkdtempSync(join(tmpdir(), 'tilecast-bench-'));
  const child = spawn(executable, [...SWITCHES, `--user-data-dir=${profile}`, 'about:blank'], {
    stdio: 'ignore',
    detached: true, // its own process group, so close() ends its helpers with it
  });
  const port = await until(
    () => readFileSync(join(profile, 'DevToolsActivePort'), 'utf8').split('\n')[0] || undefined,
    'DevTools port',
  );
  const target = await until(async () => {
    const targets = await (await fetch(`http://127.0.0.1:${port}/json/list`)).json();
    return targets.find((t) => t.type === 'page')?.webSocketDebuggerUrl;
  }, 'the first page');
  return {
    async open(url) {
      const { error } = await command(target, 'Page.navigate', { url });
      if (error) throw new Error(`plain browser: cannot open ${url}: ${error.message}`);
    },
    async evaluate(fn, arg) {
      const expression = `(${fn})(${JSON.stringify(arg ?? null)})`;
      const params = { expression, awaitPromise: true, returnByValue: true };
      const deadline = Date.now() + 15_000;
      for (;;) {
        const { result, error } = await command(target, 'Runtime.evaluate', params);
        if (!error && !result.exceptionDetails) return result.result.value ?? null;
        if (!error) {
          const { exception, text } = result.exceptionDetails;
          throw new Error(exception?.description ?? text);
        }
        // The page navigated meanwhile (the service worker's first load): run it in the new one.
        if (Date.now() > deadline) throw new Error(`plain browser: ${error.message}`);
        await sleep(50);
      }
    },
    async close() {
      const exited = child.exitCode === null ? once(child, 'exit') : undefined;
      process.kill(-child.pid, 'SIGTERM');
      await exited;
      // Helpers may still be writing their last files into the profile as it goes.
      rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
    },
  };
}

/** Runs `fn` with a plain page, closed after it whatever happens. */
export async function withPlainPage(fn) {
  const page = await plainPage();
  try {
    return await fn(page);
  } finally {
    await page.close();
  }
}

/** A Playwright page in the shape of a plain one (`open`, `evaluate`). */
export const playwrightPage = (page) => ({
  open: (url) => page.goto(url),
  evaluate: (fn, arg) => page.evaluate(fn, arg),
});
