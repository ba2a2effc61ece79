/**
 * Opening a better-sqlite3 connection with the settings every message database needs, and
 * mapping SQLite's errors onto stable AppError codes.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../core/errors';

/** How long a statement waits for a lock held by another connection before failing. */
const BUSY_TIMEOUT_MS = 5_000;

export function isSqliteError(err: unknown): err is Database.SqliteError {
  return err instanceof Database.SqliteError;
}

/**
 * Maps a failure to an AppError: SQLite's to STORAGE_CORRUPT / STORAGE_LOCKED / STORAGE_IO,
 * file-system ones to STORAGE_IO, anything else (a bug) to INTERNAL. AppErrors pass unchanged.
 */
export function sqliteError(what: string, cause: unknown): AppError {
  if (cause instanceof AppError) return cause;
  if (!isSqliteError(cause) && !(cause as { syscall?: unknown } | undefined)?.syscall) {
    return new AppError('INTERNAL', `${what} failed unexpectedly`, { cause });
  }
  const code = (cause as { code?: unknown }).code;
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
    return new AppError('STORAGE_CORRUPT', `${what}: the database file is damaged`, { cause });
  }
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') {
    return new AppError('STORAGE_LOCKED', `${what}: the database is locked`, { cause });
  }
  return new AppError('STORAGE_IO', `${what} failed`, { cause });
}

function configure(db: Database.Database): void {
  // WAL: readers never block the writer, and a commit is one append to the -wal file.
  const mode = db.pragma('journal_mode = WAL', { simple: true }) as string;
  if (mode !== 'wal') throw new AppError('STORAGE_IO', `SQLite refused WAL mode (${mode})`);
  // FULL fsyncs every commit. The relay deletes a queued message once we ack it, so a stored
  // message lost to a power cut would be lost for good; a chat writes rarely enough to pay.
  // (MessageDb.redoableTransaction lowers it to NORMAL for one commit that is redone if lost.)
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
}

/** Opens (creating if needed) the SQLite file; its folder is created owner-only. */
export function openSqlite(file: string): Database.Database {
  let db: Database.Database | undefined;
  try {
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    db = new Database(file, { timeout: BUSY_TIMEOUT_MS });
    configure(db);
    return db;
  } catch (cause) {
    db?.close();
    throw sqliteError('opening the message database', cause);
  }
}
