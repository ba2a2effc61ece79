/**
 * Crash-safe small-file writes. A reader sees either the old file or the new one, never a torn
 * mix: the bytes go to `<path>.tmp-<random>`, which is fsynced, then renamed over `path`, and the
 * directory is fsynced so the rename itself survives a power loss.
 */
import { access, link, open, readdir, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { randomBytes, toHex } from '../../core/crypto';
import { AppError } from '../../core/errors';

const TMP_MARKER = '.tmp-';

function tempPathFor(path: string): string {
  return `${path}${TMP_MARKER}${toHex(randomBytes(8))}`;
}

/** Creates `tmp` (never an existing file) readable by the owner only, and fsyncs its bytes. */
async function writeSynced(tmp: string, bytes: Uint8Array): Promise<void> {
  const handle = await open(tmp, 'wx', 0o600);
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Makes a rename or link in `dir` durable. Windows cannot open directories; it has no need. */
async function syncDirectory(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function removeQuietly(path: string): Promise<void> {
  try {
    await unlink(path);
  } catch {
    // Already gone, or never created: either way nothing is left to clean.
  }
}

function ioError(what: string, path: string, cause: unknown): AppError {
  if (cause instanceof AppError) return cause;
  return new AppError('STORAGE_IO', `${what} ${basename(path)} failed`, { cause });
}

/** Hard-link-free file systems (FAT, some network mounts) refuse `link`. */
const NO_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS']);

/** `link` where supported; elsewhere check-then-rename (racy, but still never torn). */
async function linkOrRename(tmp: string, path: string, existsError: AppError): Promise<void> {
  try {
    await link(tmp, path);
  } catch (err) {
    if (!NO_LINKS.has((err as NodeJS.ErrnoException).code ?? '')) throw err;
    const exists = await access(path).then(
      () => true,
      () => false,
    );
    if (exists) throw existsError;
    await rename(tmp, path);
  }
}

/** Atomically replaces (or creates) `path` with `bytes`. */
export async function writeFileAtomic(path: string, bytes: Uint8Array): Promise<void> {
  const tmp = tempPathFor(path);
  try {
    await writeSynced(tmp, bytes);
    await rename(tmp, path);
    await syncDirectory(dirname(path));
  } catch (cause) {
    await removeQuietly(tmp);
    throw ioError('writing', path, cause);
  }
}

/**
 * Atomically creates `path` with `bytes`, failing with `existsError` if it already exists.
 * `link` (unlike `rename`) refuses to replace an existing file, so two creators cannot both win.
 */
export async function createFileExclusive(
  path: string,
  bytes: Uint8Array,
  existsError: AppError,
): Promise<void> {
  const tmp = tempPathFor(path);
  try {
    await writeSynced(tmp, bytes);
    await linkOrRename(tmp, path, existsError);
    await syncDirectory(dirname(path));
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === 'EEXIST') throw existsError;
    throw ioError('creating', path, cause);
  } finally {
    await removeQuietly(tmp);
  }
}

/**
 * Deletes temp files left by saves that were interrupted by a crash. They hold an older encrypted
 * copy; removing them keeps stale secrets (perhaps under an old password) off the disk. Assumes
 * one process per identity folder (the app's single-instance lock), or it could remove a temp
 * file another process is about to rename.
 */
export async function removeStaleTempFiles(path: string): Promise<void> {
  const prefix = basename(path) + TMP_MARKER;
  let names: string[];
  try {
    names = await readdir(dirname(path));
  } catch {
    return; // Best effort: cleanup must never make opening fail.
  }
  for (const name of names) {
    if (name.startsWith(prefix)) await removeQuietly(join(dirname(path), name));
  }
}
