import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The path aliases of tsconfig.json ('@meow/contract'), as in vite.config.ts.
  resolve: { tsconfigPaths: true },
  test: {
    include: ['**/*.test.ts', 'renderer/**/*.test.tsx'],
    exclude: ['node_modules/**', 'dist/**', 'e2e/**'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Vitest's default on 2 cores is 1 worker (cores − 1): the suite then runs file after file,
    // most of it waiting on child processes and disks. Two files at a time keeps CI near 12
    // minutes; the timing-sensitive tests wait on events, not on an idle machine.
    maxWorkers: 2,
  },
});
