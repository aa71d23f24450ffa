import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import { systemChromium } from '../e2e/system-chromium.mjs';

// `npm run fidelity` (fidelity/run.mjs): a tool, not a test suite. The harness page exists only
// on the dev server, so it is never part of the built app.
const port = Number(process.env.TILECAST_FIDELITY_PORT ?? 4319);

export default defineConfig({
  testDir: '.',
  testMatch: ['report.run.ts'],
  workers: 1,
  reporter: [['list']],
  timeout: 15 * 60_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1000, height: 800 },
    deviceScaleFactor: 1,
    launchOptions: {
      executablePath: systemChromium(),
      args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'],
    },
  },
  webServer: {
    command: `npx vite --port ${port} --strictPort --logLevel warn`,
    url: `http://127.0.0.1:${port}/fidelity/harness.html`,
    // The repo root: the harness imports src/ and the sample package from public/.
    cwd: fileURLToPath(new URL('..', import.meta.url)),
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
