import { rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Temporary directories for tests: created under os.tmpdir(), removed by `cleanup()`, and — if a
 * test run dies before cleaning up — removed anyway when the process exits.
 */
export interface TempDir {
  readonly path: string;
  /** Removes the directory and everything in it. Idempotent. */
  cleanup(): Promise<void>;
}

const pending = new Set<string>();
let exitHookInstalled = false;

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  // 'exit' handlers must be synchronous, hence rmSync.
  process.on('exit', () => {
    for (const path of pending) rmSync(path, { recursive: true, force: true });
  });
}

export async function makeTempDir(prefix = 'meow-test-'): Promise<TempDir> {
  installExitHook();
  const path = await mkdtemp(join(tmpdir(), prefix));
  pending.add(path);
  return {
    path,
    async cleanup() {
      pending.delete(path);
      await rm(path, { recursive: true, force: true });
    },
  };
}
