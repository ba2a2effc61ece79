import type Database from 'better-sqlite3';

/** One forward-only step of the message database schema: moves `user_version` to `version`. */
export interface Migration {
  readonly version: number;
  readonly description: string;
  readonly up: (db: Database.Database) => void;
}
