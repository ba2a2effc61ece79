/**
 * Where this instance keeps its data. One profile folder per instance (DESIGN.md §1):
 * `--profile DIR` (or `--profile=DIR`) wins over MEOW_PROFILE, which wins over
 * `<userData>/profile`. Several instances may run side by side on different profiles: each
 * non-default profile also gets its own Chromium data folder, so that the single-instance
 * lock (which Electron takes per userData folder), cookies and localStorage are per profile —
 * a second launch on the SAME profile still just focuses the first window.
 */
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';

export interface Launch {
  /** The engine's profile folder (absolute). */
  readonly profileDir: string;
  /** Chromium's userData folder for this instance (unchanged for the default profile). */
  readonly userData: string;
}

/** The value of `--profile DIR` / `--profile=DIR` (the last one given), if any. */
export function profileArgument(argv: readonly string[]): string | undefined {
  let found: string | undefined;
  argv.forEach((arg, i) => {
    if (arg === '--profile' && i + 1 < argv.length) found = argv[i + 1];
    else if (arg.startsWith('--profile=')) found = arg.slice('--profile='.length);
  });
  return found !== undefined && found.length > 0 ? found : undefined;
}

export function resolveLaunch(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  defaultUserData: string,
  cwd: string = process.cwd(),
): Launch {
  const standard = join(defaultUserData, 'profile');
  const chosen = profileArgument(argv) ?? (env.MEOW_PROFILE || undefined);
  const profileDir = chosen === undefined ? standard : resolve(cwd, chosen);
  if (profileDir === standard) return { profileDir, userData: defaultUserData };
  // Derived from the path, so the same profile always maps to the same Chromium folder.
  const tag = createHash('sha256').update(profileDir).digest('hex').slice(0, 16);
  return { profileDir, userData: join(defaultUserData, 'instances', tag) };
}
