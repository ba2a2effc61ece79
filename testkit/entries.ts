/**
 * How tests start a repository TypeScript entry (the relay, the CLI, a device process) as a
 * child process. By default through tsx's loader (`node --import tsx <entry>`), which
 * transpiles and resolves every module through loader hooks: about a second of CPU per start,
 * which the crash, CLI and e2e suites pay dozens of times (the receiver crash test's children
 * took a median 1.2 s to be ready, most of it loading code). Under vitest and Playwright,
 * testkit/bundle-entries.ts bundles these entries once per run with esbuild (as the Electron
 * main process is built, scripts/build-electron.mjs) and names the folder in
 * MEOW_TEST_BUNDLES; a start then loads one file. The code run is the same; what tsx itself does at start-up keeps its own tests
 * (server/main.test.ts and server/tls.test.ts start the relay through tsx, main/cli/cli.test.ts
 * runs main/cli/bin.mjs, main/webhost/start-web.test.ts the browser host, scripts/run.test.ts
 * the hosts' launcher).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The environment variable that names the folder of this run's bundles. */
export const BUNDLES_ENV = 'MEOW_TEST_BUNDLES';

/** The entries vitest's suites start (testkit/bundle-entries.ts bundles them for a run). */
export const VITEST_ENTRIES: readonly string[] = [
  'server/main.ts',
  'main/cli/main.ts',
  'main/client/devices/testing/device-process.ts',
];

/** The entries the e2e specs start: the relay and the browser host (e2e/global-setup.ts). */
export const E2E_ENTRIES: readonly string[] = ['server/main.ts', 'scripts/start-web.ts'];

/** Every entry that may be bundled. */
export const ENTRIES: readonly string[] = [...new Set([...VITEST_ENTRIES, ...E2E_ENTRIES])];

/** The bundle's file name for `entry`: `server/main.ts` → `server__main.mjs`. */
export function bundleFileName(entry: string): string {
  return `${entry.replace(/\.ts$/, '').replaceAll('/', '__')}.mjs`;
}

/**
 * Node arguments that run `entry` (relative to the repository root, run from there): its
 * bundle when this run made one, otherwise the TypeScript file through tsx.
 */
export function entryArgs(entry: string): string[] {
  const dir = process.env[BUNDLES_ENV];
  if (dir !== undefined && dir !== '' && ENTRIES.includes(entry)) {
    const bundle = join(dir, bundleFileName(entry));
    if (existsSync(bundle)) return [bundle];
  }
  return ['--import', 'tsx', entry];
}
