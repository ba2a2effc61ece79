/**
 * Bundles entries of testkit/entries.ts once per run (esbuild, Node ESM, packages left to
 * node_modules) into dist/test-bundles/<run>/ and names that folder in MEOW_TEST_BUNDLES for
 * the test workers, which inherit the environment. The folder sits in the repository so that
 * the bundles resolve its node_modules; it is removed at the end of the run. If the build
 * fails, the run goes on with tsx (slower, same code), and so it does with
 * MEOW_TEST_BUNDLES=off, and in vitest's watch mode. The default export is vitest's
 * globalSetup; e2e/global-setup.ts bundles the browser host and the relay the same way.
 */
import { mkdir, rm } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { TestProject } from 'vitest/node';
import { KDF_WORKER_FILE } from '../main/storage/key-derivation';
import { ENTRIES, bundleFileName, VITEST_ENTRIES } from './entries';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The key-derivation worker's code; bundled as KDF_WORKER_FILE beside the entries. */
const KDF_THREAD = 'main/storage/kdf-thread.ts';

async function bundle(entry: string, dir: string, outfile = bundleFileName(entry)): Promise<void> {
  const result = await build({
    absWorkingDir: REPO_ROOT,
    entryPoints: [join(REPO_ROOT, entry)],
    outfile: join(dir, outfile),
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
  const others = ENTRIES.filter((e) => e !== entry && inputs.includes(e));
  if (others.length > 0) throw new Error(`${entry}'s bundle contains ${others.join(', ')}`);
}

/** Bundles `entries`, sets MEOW_TEST_BUNDLES; returns the clean-up. */
export async function bundleEntries(entries: readonly string[]): Promise<() => Promise<void>> {
  // MEOW_TEST_BUNDLES=off: every child through tsx, as before (to compare, or to rule it out).
  if (process.env.MEOW_TEST_BUNDLES === 'off') return () => Promise.resolve();
  const dir = join(REPO_ROOT, 'dist', 'test-bundles', `run-${String(process.pid)}-${Date.now()}`);
  try {
    await mkdir(dir, { recursive: true });
    // The bundled entries start the key-derivation worker from the file next to them
    // (main/storage/key-derivation.ts), as the Electron build lays it out.
    await Promise.all([
      ...entries.map((entry) => bundle(entry, dir)),
      bundle(KDF_THREAD, dir, KDF_WORKER_FILE),
    ]);
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

export default function setup(project: TestProject): Promise<() => Promise<void>> {
  // In watch mode the sources change between reruns and the bundles would not: tsx instead.
  if (project.config.watch) return Promise.resolve(() => Promise.resolve());
  return bundleEntries(VITEST_ENTRIES);
}
