import { defineConfig } from '@playwright/test';

/**
 * e2e runs against the real built renderer in the Debian Chromium (no browser download on
 * our machines), served by the same static server and CSP header as `npm run start:web`.
 * The 'electron' project drives the real desktop app through `_electron.launch`; its spec
 * skips itself with the reason when no Electron binary exists.
 * `npm test` (test/run-all.mjs) builds out/ first; run `npm run build` before calling
 * Playwright directly.
 */
const isCI = Boolean(process.env.CI);
// 4173 by default (the team's port); WASL_E2E_PORT lets two checkouts run e2e side by side.
const PORT = Number(process.env.WASL_E2E_PORT ?? 4173);

export default defineConfig({
  // Two cores: the web server, Chromium and the test runner share them.
  workers: isCI ? 1 : 2,
  retries: 0,
  forbidOnly: isCI,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  outputDir: 'test-results/playwright',
  reporter: [
    ['list'],
    // Read by test/run-all.mjs for the totals line.
    ['json', { outputFile: process.env.WASL_PLAYWRIGHT_JSON ?? 'test-results/playwright-results.json' }],
  ],
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      testDir: 'test/e2e',
      use: {
        browserName: 'chromium',
        baseURL: `http://127.0.0.1:${PORT}`,
        locale: 'ar',
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
        },
      },
    },
    {
      name: 'electron',
      testDir: 'test/e2e-electron',
    },
  ],
  webServer: {
    // Serves an already built out/renderer; it exits with a clear message when the build is missing.
    command: 'tsx server/web/serve-renderer.ts',
    url: `http://127.0.0.1:${PORT}/`,
    env: { PORT: String(PORT) },
    reuseExistingServer: !isCI,
    timeout: 30_000,
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
