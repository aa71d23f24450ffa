// Playwright cannot download its own browsers on every machine. Every browser this repo starts
// (the e2e suite, the fidelity report, the package test, the benchmarks) prefers a system
// Chromium and falls back to Playwright's own build, so `npx playwright install` keeps working.
import { existsSync } from 'node:fs';

/** CHROMIUM_PATH, else Debian's /usr/bin/chromium, when it exists; else undefined. */
export function systemChromium() {
  const system = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  return existsSync(system) ? system : undefined;
}
