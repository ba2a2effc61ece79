/**
 * End-to-end tests (DESIGN.md §7): Playwright drives Debian's Chromium — never a downloaded
 * browser — against the browser host (`browser` project), and the Electron shell where an
 * Electron binary exists (`electron` project; skipped with the reason elsewhere).
 *
 *   npx playwright test --project=browser-long --project=browser   (and --project=browser-network)
 *   npx playwright test --project=electron
 */
import { defineConfig } from '@playwright/test';
import { CHROMIUM_PATH } from './e2e/fixtures/paths';

/** The browser specs with a time limit of their own (the longest), queued first. */
const LONG_SPECS = /\/(accessibility|live-updates|read-everywhere|search)\.spec\.ts$/;

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
    // The specs that raise their own time limit (three apps and a pairing, 62 axe scans, a
    // 50,000-message profile) are queued before the short ones: Playwright hands out tests in
    // project order, then file order, so in one alphabetical project search.spec and
    // read-everywhere.spec started last and ran on one worker while the other had nothing left.
    // First the long ones, then the short ones fill in beside them. Keep LONG_SPECS in step
    // with the specs that call test.setTimeout or test.slow.
    { name: 'browser-long', testDir: 'e2e/browser', testMatch: LONG_SPECS },
    {
      name: 'browser',
      testDir: 'e2e/browser',
      testIgnore: [/home-relay\.spec\.ts$/, LONG_SPECS],
    },
    {
      // A relay hosted by the app on every interface, after the other browser specs rather
      // than beside them: in two of three CI runs, while it ran next to forward.spec, that
      // spec's hosts got "Cannot reach the server" from their own relay process (never seen
      // alone or in local runs; the cause is not found yet — see the issue 15 note).
      name: 'browser-network',
      testDir: 'e2e/browser',
      testMatch: /home-relay\.spec\.ts$/,
      dependencies: ['browser-long', 'browser'],
    },
    { name: 'electron', testDir: 'e2e/electron' },
  ],
});
