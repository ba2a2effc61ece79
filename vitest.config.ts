import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

/**
 * Test files that replace a module with vi.mock. `parallel` shares modules between the files
 * of a fork (isolate: false), so a fork that loaded the real module for an earlier file would
 * hand it to such a file unmocked (AddContact's QR decoder failed that way, depending on which
 * files shared its fork). They run isolated instead, found by reading the test files.
 */
function filesThatMock(dirs: readonly string[]): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (
        /\.test\.tsx?$/.test(entry.name) &&
        readFileSync(path, 'utf8').includes('vi.mock(')
      ) {
        found.push(path);
      }
    }
  };
  for (const dir of dirs) walk(dir);
  return found;
}

const MOCKING_SUITES = filesThatMock([
  'core',
  'main',
  'server',
  'renderer/src',
  'scripts',
  'testkit',
]);

/**
 * Suites that run several engines against relay processes: by default one file at a time
 * (`one-at-a-time`), so a neighbour never eats the cores their deadlines assume — two at a
 * time once pushed the chaos test's takeover bound over by 25 ms. New files here start in
 * that group.
 */
const RELAY_SUITES = [
  'main/client/devices/**/*.test.ts',
  'main/client/engine/three-party*.test.ts',
  'main/client/engine/crash.test.ts',
  // The attachment suites move megabytes through real relays (50 MiB in -devices): in the
  // first group they lengthened it by about 40 s on two cores, while the last group ends well
  // before the end-to-end specs that run beside it, so there they cost no time.
  'main/client/engine/attachments/attachments*.test.ts',
  'main/client/engine/send-burst.test.ts',
  'main/client/engine/outage.test.ts',
  'main/cli/**/*.test.ts',
];

/**
 * The relay suites that may have a neighbour: none shortens a protocol timer (takeover wait,
 * pairing deadline, catch-up delay, revoked wait) or bounds a latency, none kills processes
 * at chosen points; they wait on events with timeouts far above their run time (the CLI runs,
 * three-party's 200 messages each way, handoffs, clocks the test moves). They run two at a
 * time beside the rest (`relay-two-at-a-time`). What stays one at a time: devices-chaos
 * (takeover-plus-one-hop bound), devices-takeover and devices-unopened (1.5 s takeovers),
 * devices-privacy-takeover (a takeover twist), devices-catch-up (1 s catch-up), pairing (1 s
 * deadlines), devices-crash and engine/crash (SIGKILLs at chosen points, stuck detection). A
 * suite with both kinds of test is split along that line (devices-privacy, devices-sync and
 * pairing-flows may have a neighbour), and long suites are split into files that can run side
 * by side (the CLI chat, three-party per store).
 */
const RELAY_TWO_AT_A_TIME = [
  'main/cli/chat.test.ts',
  'main/cli/chat-contacts.test.ts',
  'main/cli/cli.test.ts',
  'main/cli/devices.test.ts',
  'main/cli/files.test.ts',
  'main/client/engine/three-party*.test.ts',
  'main/client/engine/outage.test.ts',
  'main/client/devices/claims.test.ts',
  'main/client/devices/details.test.ts',
  'main/client/devices/device-gaps.test.ts',
  'main/client/devices/devices.test.ts',
  'main/client/devices/devices-contacts.test.ts',
  'main/client/devices/devices-edit-delete.test.ts',
  'main/client/devices/devices-expiry.test.ts',
  'main/client/devices/devices-handoff.test.ts',
  'main/client/devices/devices-privacy.test.ts',
  'main/client/devices/devices-restart.test.ts',
  'main/client/devices/devices-sync.test.ts',
  'main/client/devices/devices-unread.test.ts',
  'main/client/devices/devices-waiting.test.ts',
  'main/client/devices/devices-windows.test.ts',
  'main/client/devices/pairing-flows.test.ts',
  'main/client/devices/relay-privacy.test.ts',
  'main/client/devices/search-sync.test.ts',
  'main/client/devices/sent-time.test.ts',
  'main/client/devices/sync-direct.test.ts',
  'main/client/devices/sync-sizes.test.ts',
];

const shared = {
  // The path aliases of tsconfig.json ('@meow/contract'), as in vite.config.ts.
  resolve: { tsconfigPaths: true },
};
const common = {
  exclude: ['node_modules/**', 'dist/**', 'e2e/**'],
  testTimeout: 60_000,
  hookTimeout: 60_000,
  pool: 'forks' as const,
};

/**
 * Two groups, kept apart by `sequence.groupOrder`: first `parallel` and `relay-two-at-a-time`
 * together, two files at a time in all (CI has two cores); then `one-at-a-time`.
 */
export default defineConfig({
  ...shared,
  test: {
    // Bundles the entries tests start as child processes, once per run (testkit/entries.ts).
    globalSetup: ['testkit/bundle-entries.ts'],
    projects: [
      {
        ...shared,
        test: {
          ...common,
          name: 'parallel',
          include: ['**/*.test.ts', 'renderer/**/*.test.tsx'],
          exclude: [...common.exclude, ...RELAY_SUITES, ...MOCKING_SUITES],
          maxWorkers: 2,
          // Files share their fork's modules instead of loading them again per file (libsodium's
          // WebAssembly, protobufjs, React…): about 90 s less CPU in this project, 40 s less
          // wall time on two cores. So a test file that sets module state itself (core/crypto's
          // builds in their own tests) restores it, and none relies on a module loaded just now
          // (the store contract's T0). The app's once-per-process switch to libsodium's C build
          // (main/client/native-crypto.ts, run by Profile and Engine) may stay on for the fork's
          // later files: both builds give the same bytes. Checked with shuffled file orders
          // (--sequence.shuffle.files) before it was turned on.
          isolate: false,
          sequence: { groupOrder: 0 },
        },
      },
      {
        ...shared,
        test: {
          ...common,
          name: 'isolated',
          include: MOCKING_SUITES,
          maxWorkers: 1,
          sequence: { groupOrder: 0 },
        },
      },
      {
        ...shared,
        test: {
          ...common,
          name: 'relay-two-at-a-time',
          include: RELAY_TWO_AT_A_TIME,
          maxWorkers: 2,
          sequence: { groupOrder: 0 },
        },
      },
      {
        ...shared,
        test: {
          ...common,
          name: 'one-at-a-time',
          include: RELAY_SUITES,
          exclude: [...common.exclude, ...RELAY_TWO_AT_A_TIME],
          maxWorkers: 1,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
