import { defineConfig } from 'vitest/config';

/**
 * Suites that run several engines against relay processes and assert on timing (takeovers,
 * handoffs, crash recovery, the three-party chat on every store): one file at a time, so a
 * neighbour never eats the cores their deadlines assume. Everything else runs two files at a
 * time first (CI has two cores). `sequence.groupOrder` keeps the two groups apart.
 */
const ONE_AT_A_TIME = [
  'main/client/devices/**/*.test.ts',
  'main/client/engine/three-party.test.ts',
  'main/client/engine/crash.test.ts',
  'main/client/engine/send-burst.test.ts',
  'main/client/engine/outage.test.ts',
  'main/cli/**/*.test.ts',
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

export default defineConfig({
  ...shared,
  test: {
    projects: [
      {
        ...shared,
        test: {
          ...common,
          name: 'parallel',
          include: ['**/*.test.ts', 'renderer/**/*.test.tsx'],
          exclude: [...common.exclude, ...ONE_AT_A_TIME],
          maxWorkers: 2,
          sequence: { groupOrder: 0 },
        },
      },
      {
        ...shared,
        test: {
          ...common,
          name: 'one-at-a-time',
          include: ONE_AT_A_TIME,
          maxWorkers: 1,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
