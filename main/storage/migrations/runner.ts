/**
 * Applies the migrations listed in ./index.ts (rules there) to a message database, one
 * transaction per migration.
 */
import type Database from 'better-sqlite3';
import { AppError } from '../../../core/errors';
import { MIGRATIONS } from './index';
import type { Migration } from './migration';

export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

function requireWellFormed(migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) {
      throw new AppError('INTERNAL', `migration list is not numbered 1..n (at ${m.version})`);
    }
  });
}

function runOne(db: Database.Database, m: Migration): void {
  try {
    db.transaction(() => {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    })();
  } catch (cause) {
    const message = `migration ${m.version} (${m.description}) failed; the database is unchanged`;
    throw new AppError('DB_MIGRATION_FAILED', message, { cause });
  }
}

/**
 * Brings the database to `target` (default: the latest known version) and returns the version
 * reached. A database newer than this code is refused, never downgraded: the user must run the
 * newer app (or restore a backup).
 */
export function migrate(
  db: Database.Database,
  migrations: readonly Migration[] = MIGRATIONS,
  target: number = migrations.length,
): number {
  requireWellFormed(migrations);
  const current = schemaVersion(db);
  if (current > migrations.length) {
    throw new AppError(
      'DB_MIGRATION_FAILED',
      `the message database has schema version ${current}, but this app knows only up to ` +
        `${migrations.length}; it was written by a newer version of the app — update the app`,
    );
  }
  if (target < current || target > migrations.length) {
    throw new AppError('INVALID_ARGUMENT', `cannot migrate from ${current} to ${target}`);
  }
  for (const m of migrations.slice(current, target)) runOne(db, m);
  return schemaVersion(db);
}
