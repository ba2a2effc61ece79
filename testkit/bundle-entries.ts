/**
 * vitest globalSetup: bundles testkit/entries.ts's entries once per run (esbuild, Node ESM,
 * packages left to node_modules) into dist/test-bundles/<run>/ and names that folder in
 * MEOW_TEST_BUNDLES for the test workers, which inherit the environment. The folder sits in
 * the repository so that the bundles resolve its node_modules; it is removed at the end of
 * the run. If the build fails, the run goes on with tsx (slower, same code), and so it does
 * with MEOW_TEST_BUNDLES=off.
 */
import { mkdir, rm } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { BUNDLED_ENTRIES, bundleFileName } from './entries';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

async function bundle(entry: string, dir: string): Promise<void> {
  const result = await build({
    absWorkingDir: REPO_ROOT,
    entryPoints: [join(REPO_ROOT, entry)],
    outfile: join(dir, bundleFileName(entry)),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    // Class and function names as in the sources (error names, logs).
    keepNames: true,
    logLevel: 'silent',
    metafile: true,
  });
  // Each entry runs its main() when it is the process's entry point; a bundle that contained
  // another entry would run both.
  const inputs = Object.keys(result.metafile.inputs).map((p) => relative(REPO_ROOT, p));
  const others = BUNDLED_ENTRIES.filter((e) => e !== entry && inputs.includes(e));
  if (others.length > 0) throw new Error(`${entry}'s bundle contains ${others.join(', ')}`);
}

export default async function setup(): Promise<() => Promise<void>> {
  // MEOW_TEST_BUNDLES=off: every child through tsx, as before (to compare, or to rule it out).
  if (process.env.MEOW_TEST_BUNDLES === 'off') return () => Promise.resolve();
  const dir = join(REPO_ROOT, 'dist', 'test-bundles', `run-${String(process.pid)}-${Date.now()}`);
  try {
    await mkdir(dir, { recursive: true });
    await Promise.all(BUNDLED_ENTRIES.map((entry) => bundle(entry, dir)));
    process.env.MEOW_TEST_BUNDLES = dir;
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    process.stderr.write(`testkit: no test bundles (${why}); children start through tsx\n`);
    delete process.env.MEOW_TEST_BUNDLES;
  }
  return async () => {
    await rm(dir, { recursive: true, force: true });
  };
}
