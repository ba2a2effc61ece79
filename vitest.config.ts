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
  },
});
