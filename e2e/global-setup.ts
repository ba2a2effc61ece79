/**
 * Runs once before the e2e run: builds the renderer (`npx vite build` → dist/renderer) unless
 * the build is newer than every file it is made from, and bundles the browser host and the
 * relay the specs start (testkit/entries.ts: about a second of CPU less per start than tsx);
 * the returned function removes the bundles after the run.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { bundleEntries } from '../testkit/bundle-entries';
import { E2E_ENTRIES } from '../testkit/entries';
import { RENDERER_DIST, REPO_ROOT } from './fixtures/paths';

/** The newest modification time under `path` (a file or a folder). */
function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const entry of readdirSync(path)) latest = Math.max(latest, newest(join(path, entry)));
  return latest;
}

/** What the renderer bundle is built from (it imports main/api/public.ts, names as data). */
const SOURCES = ['renderer', 'main/api', 'vite.config.ts', 'tsconfig.json', 'package-lock.json'];

function buildRenderer(): void {
  const index = join(RENDERER_DIST, 'index.html');
  const built = existsSync(index) ? statSync(index).mtimeMs : 0;
  const source = Math.max(...SOURCES.map((p) => newest(join(REPO_ROOT, p))));
  if (built > source) return;
  process.stdout.write('e2e: building the renderer (npx vite build)\n');
  execFileSync('npx', ['vite', 'build'], { cwd: REPO_ROOT, stdio: 'inherit' });
}

export default async function globalSetup(): Promise<() => Promise<void>> {
  buildRenderer();
  return bundleEntries(E2E_ENTRIES);
}
