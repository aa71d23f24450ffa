import { defineConfig, devices } from '@playwright/test';
import { systemChromium } from './e2e/system-chromium.mjs';

// Overridable so several checkouts can run their suites side by side.
const port = Number(process.env.TILECAST_E2E_PORT ?? 4317);

export default defineConfig({
  testDir: '.',
  // The repo's own specs, and the example a user would copy (it imports `tilecast/playwright`).
  testMatch: ['e2e/**/*.spec.ts', 'examples/playwright/**/*.spec.ts'],
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'on-first-retry',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1400, height: 900 },
        launchOptions: {
          executablePath: systemChromium(),
          // The machine has no network: keep Chromium from phoning home at start.
          args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'],
        },
      },
    },
  ],
  webServer: {
    // The production build, as a user of `npm run preview` gets it.
    command: `npx vite build --logLevel warn && npx vite preview --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  },
});
