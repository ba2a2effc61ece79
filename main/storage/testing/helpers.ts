/** Test helpers for main/storage: temp folders, error codes, byte search, sample data. */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Argon2idParams } from '../../../core/crypto';
import { isAppError } from '../../../core/errors';
import type { meow } from '../../../proto';
import { afterEach } from 'vitest';
import { generateDbKey } from '../db-key';
import { MessageDb } from '../message-db';

/** Cheap Argon2id so tests run fast (the product uses ARGON2ID_DEFAULT). */
export const FAST_KDF: Argon2idParams = { opsLimit: 1, memLimitBytes: 8 * 1024 * 1024 };

/** Temp folders under os.tmpdir(), removed by `cleanup()` (call it in afterEach/afterAll). */
export class TempDirs {
  private readonly dirs: string[] = [];

  async make(prefix = 'meow-storage-'): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), prefix));
    this.dirs.push(dir);
    return dir;
  }

  async cleanup(): Promise<void> {
    const dirs = this.dirs.splice(0);
    await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
  }
}

/** The AppError code `fn` throws ('no error' if none, 'not AppError' for other throws). */
export function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    return isAppError(err) ? err.code : `not AppError: ${String(err)}`;
  }
  return 'no error';
}

export async function codeOfAsync(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (err) {
    return isAppError(err) ? err.code : `not AppError: ${String(err)}`;
  }
  return 'no error';
}

export function must<T>(value: T | undefined | null, what = 'value'): T {
  if (value === undefined || value === null) throw new Error(`${what} is missing`);
  return value;
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

/** Names of the files under `dir` (recursively) whose bytes contain `needle`. */
export async function filesContaining(dir: string, needle: Uint8Array): Promise<string[]> {
  const hits: string[] = [];
  for (const file of await filesUnder(dir)) {
    const bytes = await readFile(file);
    if (bytes.indexOf(needle) !== -1) hits.push(file);
  }
  return hits;
}

/** A DbMessage as the engine would store it. */
export function sampleMessage(
  uuid: string,
  text: string,
  extra: Partial<meow.IDbMessage> = {},
): meow.IDbMessage {
  return {
    outbound: false,
    type: 'text',
    text,
    status: { uuid, sent: 1_000 },
    ...extra,
  };
}

/** A clock tests move by hand: deterministic created_at values. */
export function manualClock(start = 1_700_000_000_000): {
  now: () => number;
  tick: (ms?: number) => void;
} {
  let t = start;
  return {
    now: () => t,
    tick: (ms = 1) => {
      t += ms;
    },
  };
}

/**
 * A fresh MessageDb per call, in its own temp folder with a manual clock; every database and
 * folder is closed and removed after each test. `track` registers a reopened database too.
 */
export function freshMessageDbs(): {
  fresh: () => Promise<{
    dir: string;
    file: string;
    key: Uint8Array;
    clock: ReturnType<typeof manualClock>;
    db: MessageDb;
  }>;
  track: (db: MessageDb) => MessageDb;
} {
  const temp = new TempDirs();
  const open: MessageDb[] = [];
  afterEach(async () => {
    for (const db of open.splice(0)) db.close();
    await temp.cleanup();
  });
  const track = (db: MessageDb): MessageDb => {
    open.push(db);
    return db;
  };
  return {
    track,
    fresh: async () => {
      const dir = await temp.make();
      const file = join(dir, 'messages.db');
      const key = generateDbKey();
      const clock = manualClock();
      return { dir, file, key, clock, db: track(MessageDb.open(file, key, { now: clock.now })) };
    },
  };
}
