/**
 * PeerStorage (DESIGN.md §5, MULTI_DEVICE_SPEC "PeerStorage"): one LevelDB per store, one value
 * per peer = sealValue(dbKey, JSON of the Peer, AD = (domain, uid)).
 *
 * The same class is DeviceStorage: sibling-device peers (`type = "device"`, the spec's
 * OwnedDevices) are opened from their own directory with `domain = DEVICE_STORAGE_DOMAIN`, so
 * device peers stay hidden from the contact list and a device record copied into the contact
 * store (or back) fails to open.
 *
 * The engine calls `storePeer` after every Double Ratchet advance; losing one would make the
 * next message undecryptable, so every write is fsynced (`sync: true`) before its promise
 * resolves. Peer records are small and written once per message, so the cost is acceptable.
 *
 * Keys: `p/<uid>` for peers, `m/key-check` for the db-key check (db-key.ts).
 */
import { mkdir } from 'node:fs/promises';
import { Level } from 'level';
import { AppError } from '../../core/errors';
import { jsonBytes, parseJsonBytes } from './json';
import {
  makeKeyCheck,
  openValue,
  requireDbKey,
  sealValue,
  storageAd,
  verifyKeyCheck,
} from './db-key';

export const PEER_STORAGE_DOMAIN = 'peer';
export const DEVICE_STORAGE_DOMAIN = 'device';

const PEER_PREFIX = 'p/';
const PEER_PREFIX_END = 'p0'; // '0' sorts right after '/', so [p/, p0) is exactly the peers
const KEY_CHECK = 'm/key-check';
const MAX_UID_LENGTH = 256;
const DURABLE = { sync: true } as const;

type Db = Level<string, Uint8Array>;

function requireUid(uid: string): void {
  if (typeof uid !== 'string' || uid.length === 0 || uid.length > MAX_UID_LENGTH) {
    throw new AppError('INVALID_ARGUMENT', 'peer uid must be a non-empty string');
  }
}

/** LevelDB reports failures as errors with a `code` on them or on their cause. */
function levelCode(err: unknown): string | undefined {
  const e = err as { code?: string; cause?: { code?: string } } | undefined;
  return e?.cause?.code ?? e?.code;
}

function storageError(what: string, cause: unknown): AppError {
  if (cause instanceof AppError) return cause;
  const code = levelCode(cause);
  if (code === 'LEVEL_LOCKED') {
    return new AppError('STORAGE_LOCKED', `${what}: another process uses this store`, { cause });
  }
  if (code === 'LEVEL_CORRUPTION') {
    return new AppError('STORAGE_CORRUPT', `${what}: LevelDB is corrupt`, { cause });
  }
  return new AppError('STORAGE_IO', `${what} failed`, { cause });
}

/** level resolves a missing key to undefined; its types do not say so. */
async function getValue(db: Db, key: string): Promise<Uint8Array | undefined> {
  return db.get(key);
}

export class PeerStorage<T> {
  private closed = false;

  private constructor(
    private readonly db: Db,
    private readonly dbKey: Uint8Array,
    private readonly domain: string,
  ) {}

  /**
   * Opens (creating if needed) the store in `dir`. Fails with STORAGE_WRONG_KEY if the store was
   * written with another db key, STORAGE_LOCKED if another process has it open.
   */
  static async open<T>(
    dir: string,
    dbKey: Uint8Array,
    domain: string = PEER_STORAGE_DOMAIN,
  ): Promise<PeerStorage<T>> {
    requireDbKey(dbKey);
    const db: Db = new Level<string, Uint8Array>(dir, {
      keyEncoding: 'utf8',
      valueEncoding: 'view',
    });
    try {
      await mkdir(dir, { recursive: true, mode: 0o700 });
      await db.open();
      await PeerStorage.checkKey(db, dbKey, domain);
    } catch (err) {
      await db.close().catch(() => undefined);
      throw storageError(`opening the ${domain} store`, err);
    }
    return new PeerStorage<T>(db, Uint8Array.from(dbKey), domain);
  }

  private static async checkKey(db: Db, dbKey: Uint8Array, domain: string): Promise<void> {
    const check = await getValue(db, KEY_CHECK);
    if (check === undefined) await db.put(KEY_CHECK, makeKeyCheck(dbKey, domain), DURABLE);
    else verifyKeyCheck(dbKey, check, domain);
  }

  /** Inserts or replaces the peer; durable once the promise resolves. */
  async storePeer(uid: string, peer: T): Promise<void> {
    requireUid(uid);
    this.requireOpen();
    const sealed = sealValue(this.dbKey, jsonBytes(peer, 'peer'), this.ad(uid));
    await this.run('storing a peer', () => this.db.put(PEER_PREFIX + uid, sealed, DURABLE));
  }

  /** The peer, or undefined if there is none with this uid. */
  async getPeer(uid: string): Promise<T | undefined> {
    requireUid(uid);
    const sealed = await this.run('reading a peer', () => getValue(this.db, PEER_PREFIX + uid));
    return sealed === undefined ? undefined : this.decode(uid, sealed);
  }

  /** Every peer, in uid order. */
  async listPeers(): Promise<T[]> {
    const range = { gte: PEER_PREFIX, lt: PEER_PREFIX_END };
    const entries = await this.run('listing peers', () => this.db.iterator(range).all());
    return entries.map(([key, sealed]) => this.decode(key.slice(PEER_PREFIX.length), sealed));
  }

  /** Removes the peer (no error if absent); durable once the promise resolves. */
  async deletePeer(uid: string): Promise<void> {
    requireUid(uid);
    await this.run('deleting a peer', () => this.db.del(PEER_PREFIX + uid, DURABLE));
  }

  /** Closes the database (idempotent); later calls fail with STORAGE_CLOSED. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.db.close();
    this.dbKey.fill(0);
  }

  private ad(uid: string): Uint8Array {
    return storageAd(this.domain, uid);
  }

  private decode(uid: string, sealed: Uint8Array): T {
    const plaintext = openValue(this.dbKey, sealed, this.ad(uid));
    return parseJsonBytes(plaintext, 'STORAGE_CORRUPT', 'peer record') as T;
  }

  private requireOpen(): void {
    if (this.closed) throw new AppError('STORAGE_CLOSED', `${this.domain} store is closed`);
  }

  private async run<R>(what: string, op: () => Promise<R>): Promise<R> {
    this.requireOpen();
    try {
      return await op();
    } catch (err) {
      throw storageError(what, err);
    }
  }
}
