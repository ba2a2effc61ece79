/**
 * End-to-end tests (DESIGN.md §7): Playwright drives Debian's Chromium — never a downloaded
 * browser — against the browser host (`browser` project), and the Electron shell where an
 * Electron binary exists (`electron` project; skipped with the reason elsewhere).
 *
 *   npx playwright test --project=browser          (and --project=browser-network)
 *   npx playwright test --project=electron
 */
import { defineConfig } from '@playwright/test';
import { CHROMIUM_PATH } from './e2e/fixtures/paths';

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  globalSetup: './e2e/global-setup.ts',
  reporter: 'list',
  retries: 0,
  // Every spec starts its own relay and hosts; two workers fit two cores.
  workers: 2,
  fullyParallel: true,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  forbidOnly: !!process.env.CI,
  use: {
    browserName: 'chromium',
    headless: true,
    launchOptions: { executablePath: CHROMIUM_PATH },
    viewport: { width: 1100, height: 760 },
    colorScheme: 'light',
    actionTimeout: 15_000,
  },
  projects: [
    { name: 'browser', testDir: 'e2e/browser', testIgnore: /home-relay\.spec\.ts$/ },
    {
      // A relay hosted by the app on every interface, after the other browser specs rather
      // than beside them: in two of three CI runs, while it ran next to forward.spec, that
      // spec's hosts got "Cannot reach the server" from their own relay process (never seen
      // alone or in local runs; the cause is not found yet — see the issue 15 note).
      name: 'browser-network',
      testDir: 'e2e/browser',
      testMatch: /home-relay\.spec\.ts$/,
      dependencies: ['browser'],
    },
    { name: 'electron', testDir: 'e2e/electron' },
  ],
});
