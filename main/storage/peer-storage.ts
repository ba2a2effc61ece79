/**
 * PeerStorage (DESIGN.md §5, MULTI_DEVICE_SPEC "PeerStorage"): one LevelDB per store, one main
 * value per peer = sealValue(dbKey, JSON of the Peer, AD = (domain, uid)).
 *
 * With a SplitCodec (the engine's stores: main/client/peers/peer-record.ts), the fields that
 * change with every message (the ratchet state) live in a small binary record of their own,
 * `r/<uid>` = sealValue(dbKey, codec bytes, AD = (domain, uid, "hot")), written in the same
 * batch as the main record whenever that changes, and alone when only they changed — so a
 * message rewrites ≈ 270 bytes instead of the whole ≈ 2 KB Peer. A main record without a hot
 * record is the format before the split (the whole Peer, ratchet included): it still loads,
 * and the next store of that peer writes both records. Decoded records are kept in a
 * write-through cache (peer-cache.ts), so loading a peer the engine just stored is a lookup.
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
 * Keys: `p/<uid>` for peers, `r/<uid>` for their hot records, `m/key-check` for the db-key
 * check (db-key.ts).
 */
import { mkdir } from 'node:fs/promises';
import { Level } from 'level';
import { AppError } from '../../core/errors';
import { utf8 } from '../../core/crypto';
import { parseJsonBytes } from './json';
import { deepFreeze, PeerCache, type Cached } from './peer-cache';
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
const HOT_PREFIX = 'r/';
const HOT_PREFIX_END = 'r0';
const HOT_AD_PART = 'hot';
const MAX_REMEMBERED_ADS = 4096;
const KEY_CHECK = 'm/key-check';
const MAX_UID_LENGTH = 256;
const DURABLE = { sync: true } as const;

type Db = Level<string, Uint8Array>;

/**
 * What PeerStorage uses of LevelDB: `level` itself, or a stand-in with the same semantics
 * (bench:peer keeps the values in a Map to measure everything but the disk).
 */
export interface PeerDb {
  get(key: string): Promise<Uint8Array | undefined>;
  getMany(keys: string[]): Promise<(Uint8Array | undefined)[]>;
  put(key: string, value: Uint8Array, options: { sync: boolean }): Promise<void>;
  batch(ops: PeerDbOp[], options: { sync: boolean }): Promise<void>;
  iterator(range: { gte: string; lt: string }): { all(): Promise<[string, Uint8Array][]> };
  close(): Promise<void>;
}

export type PeerDbOp =
  { type: 'put'; key: string; value: Uint8Array } | { type: 'del'; key: string };

/** How a store keeps the fast-changing fields of its values in a record of their own. */
export interface SplitCodec<T> {
  /** The fast-changing fields of `value`, encoded: the record rewritten on every change. */
  encodeHot(value: T): Uint8Array;
  /** `value` without its fast-changing fields: what the main JSON record holds. */
  coldOf(value: T): unknown;
  /** The value stored as main record `cold` and hot record `hot` (bytes of encodeHot). */
  join(cold: T, hot: Uint8Array): T;
  /** `base` with the fast-changing fields of `from`: what `join` of their records gives. */
  withHotOf(base: T, from: T): T;
  /** Whether `a` and `b` differ at most in their fast-changing fields. */
  sameCold(a: T, b: T): boolean;
}

/** JSON.stringify as it really is: undefined, functions and symbols yield undefined. */
const stringify = (value: unknown): string | undefined => JSON.stringify(value);

function jsonText(value: unknown): string {
  let json: string | undefined;
  try {
    json = stringify(value);
  } catch (cause) {
    throw new AppError('INVALID_ARGUMENT', 'peer is not JSON-serializable', { cause });
  }
  if (json === undefined) throw new AppError('INVALID_ARGUMENT', 'peer is not JSON');
  return json;
}

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

/** `ads`' entry for `uid`, made and kept (at most MAX_REMEMBERED_ADS of them) if missing. */
function remembered(ads: Map<string, Uint8Array>, uid: string, make: () => Uint8Array) {
  let ad = ads.get(uid);
  if (ad === undefined) {
    if (ads.size >= MAX_REMEMBERED_ADS) ads.clear();
    ad = make();
    ads.set(uid, ad);
  }
  return ad;
}

export class PeerStorage<T> {
  private closed = false;
  private readonly cache = new PeerCache<T>();
  /**
   * Every uid on disk, once a listing read them with no write around it; kept exact by each
   * write that lands (dropped when one fails: the disk may or may not have it). With the
   * records in `cache`, a listing is answered from memory: the engine lists the (few) devices
   * on the way of every message, to learn whether a sync is owed.
   */
  private members: Set<string> | undefined;
  /** `members` in LevelDB's order, sorted once per change of the set rather than per listing. */
  private order: string[] | undefined;
  /** Writes and deletes in flight, and how many have started since opening. */
  private writing = 0;
  private writes = 0;
  private readonly ads = new Map<string, Uint8Array>();
  private readonly hotAds = new Map<string, Uint8Array>();

  private constructor(
    private readonly db: PeerDb,
    private readonly dbKey: Uint8Array,
    private readonly domain: string,
    private readonly codec: SplitCodec<T> | undefined,
  ) {}

  /**
   * Opens (creating if needed) the store in `dir`. Fails with STORAGE_WRONG_KEY if the store was
   * written with another db key, STORAGE_LOCKED if another process has it open.
   */
  static async open<T>(
    dir: string,
    dbKey: Uint8Array,
    domain: string = PEER_STORAGE_DOMAIN,
    codec?: SplitCodec<T>,
  ): Promise<PeerStorage<T>> {
    requireDbKey(dbKey);
    const db: Db = new Level<string, Uint8Array>(dir, {
      keyEncoding: 'utf8',
      valueEncoding: 'view',
    });
    try {
      await mkdir(dir, { recursive: true, mode: 0o700 });
      await db.open();
      return await PeerStorage.over(db, dbKey, domain, codec);
    } catch (err) {
      await db.close().catch(() => undefined);
      throw storageError(`opening the ${domain} store`, err);
    }
  }

  /** The store on an open `db` (LevelDB or a stand-in, see PeerDb); checks the db key. */
  static async over<T>(
    db: PeerDb,
    dbKey: Uint8Array,
    domain: string = PEER_STORAGE_DOMAIN,
    codec?: SplitCodec<T>,
  ): Promise<PeerStorage<T>> {
    requireDbKey(dbKey);
    await PeerStorage.checkKey(db, dbKey, domain);
    return new PeerStorage<T>(db, Uint8Array.from(dbKey), domain, codec);
  }

  private static async checkKey(db: PeerDb, dbKey: Uint8Array, domain: string): Promise<void> {
    const check = await db.get(KEY_CHECK);
    if (check === undefined) await db.put(KEY_CHECK, makeKeyCheck(dbKey, domain), DURABLE);
    else verifyKeyCheck(dbKey, check, domain);
  }

  /**
   * Inserts or replaces the peer; durable (fsynced) once the promise resolves. Only the hot
   * record is written when the cached peer in the split format differs from `peer` in hot
   * fields alone.
   */
  async storePeer(uid: string, peer: T): Promise<void> {
    requireUid(uid);
    this.requireOpen();
    const cached = this.cache.get(uid);
    const hotOnly =
      this.codec !== undefined && cached?.split === true && this.codec.sameCold(cached.value, peer);
    const write = hotOnly ? this.hotWrite(uid, peer) : this.fullWrite(uid, peer);
    const ticket = this.cache.started(uid);
    let entry: Cached<T> | undefined;
    this.writeStarted();
    try {
      await this.run('storing a peer', write.commit);
      entry = write.entry(cached);
      if (this.members && !this.members.has(uid)) this.setMembers(this.members.add(uid));
    } finally {
      this.writeEnded(entry !== undefined);
      this.cache.finished(uid, ticket, entry);
    }
  }

  /**
   * The peer, or undefined if there is none with this uid: from the cache when it holds the
   * uid (peer-cache.ts keeps it exact), else read from disk (and cached, unless a write of the
   * uid ran meanwhile).
   */
  async getPeer(uid: string): Promise<T | undefined> {
    requireUid(uid);
    const hit = this.cache.get(uid);
    if (hit !== undefined) return hit.value;
    // Known absent, with no write in flight: the engine asks both stores for the sender of
    // every entry it receives, and the one without it answered by a trip to the disk.
    this.requireOpen();
    if (this.members !== undefined && this.writing === 0 && !this.members.has(uid)) {
      return undefined;
    }
    const ticket = this.cache.readTicket(uid);
    const [sealed, hot] = await this.run('reading a peer', () =>
      this.db.getMany([PEER_PREFIX + uid, HOT_PREFIX + uid]),
    );
    if (sealed === undefined) return undefined;
    const entry = this.decode(uid, sealed, hot);
    this.cache.filled(uid, ticket, entry);
    return entry.value;
  }

  /** Every peer, in uid order: from memory when every record is cached, else from disk. */
  async listPeers(): Promise<T[]> {
    return this.listedFromCache() ?? this.listFromDisk();
  }

  private listedFromCache(): T[] | undefined {
    if (this.members === undefined || this.writing > 0) return undefined;
    const listed: T[] = [];
    // In LevelDB's order (bytewise UTF-8), as a listing from disk.
    this.order ??= [...this.members].sort((x, y) => Buffer.compare(Buffer.from(x), Buffer.from(y)));
    for (const uid of this.order) {
      const hit = this.cache.get(uid);
      if (hit === undefined) return undefined;
      listed.push(hit.value);
    }
    return listed;
  }

  private async listFromDisk(): Promise<T[]> {
    const quiet = this.writing === 0 ? this.writes : undefined;
    const [entries, hot] = await this.run('listing peers', () =>
      Promise.all([
        this.db.iterator({ gte: PEER_PREFIX, lt: PEER_PREFIX_END }).all(),
        this.db.iterator({ gte: HOT_PREFIX, lt: HOT_PREFIX_END }).all(),
      ]),
    );
    // Cached only if no write was in flight or started while the disk was read.
    const exact = quiet !== undefined && quiet === this.writes && this.writing === 0;
    const hotOf = new Map(hot.map(([key, value]) => [key.slice(HOT_PREFIX.length), value]));
    const listed = entries.map(([key, sealed]) => {
      const uid = key.slice(PEER_PREFIX.length);
      const entry = this.decode(uid, sealed, hotOf.get(uid));
      if (exact) this.cache.filled(uid, this.cache.readTicket(uid), entry);
      return { uid, value: entry.value };
    });
    if (exact) this.setMembers(new Set(listed.map((l) => l.uid)));
    return listed.map((l) => l.value);
  }

  /** Removes the peer (no error if absent); durable once the promise resolves. */
  async deletePeer(uid: string): Promise<void> {
    requireUid(uid);
    this.requireOpen();
    const ticket = this.cache.started(uid);
    const ops: PeerDbOp[] = [
      { type: 'del', key: PEER_PREFIX + uid },
      { type: 'del', key: HOT_PREFIX + uid },
    ];
    let deleted = false;
    this.writeStarted();
    try {
      await this.run('deleting a peer', () => this.db.batch(ops, DURABLE));
      if (this.members?.delete(uid)) this.setMembers(this.members);
      deleted = true;
    } finally {
      this.writeEnded(deleted);
      this.cache.finished(uid, ticket, undefined);
    }
  }

  private writeStarted(): void {
    this.writing += 1;
    this.writes += 1;
  }

  /** A failed write may or may not have reached the disk: the next listing reads it. */
  private writeEnded(landed: boolean): void {
    this.writing -= 1;
    if (!landed) this.setMembers(undefined);
  }

  private setMembers(members: Set<string> | undefined): void {
    this.members = members;
    this.order = undefined;
  }

  /** Closes the database (idempotent); later calls fail with STORAGE_CLOSED. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.cache.clear();
    this.setMembers(undefined);
    await this.db.close();
    this.dbKey.fill(0);
  }

  /** The hot record alone; the main record on disk stays as the cache has it. */
  private hotWrite(uid: string, peer: T) {
    const codec = this.codec as SplitCodec<T>;
    const sealed = sealValue(this.dbKey, codec.encodeHot(peer), this.hotAd(uid));
    return {
      commit: () => this.db.put(HOT_PREFIX + uid, sealed, DURABLE),
      entry: (cached: Cached<T> | undefined): Cached<T> => ({
        value: deepFreeze(codec.withHotOf((cached as Cached<T>).value, peer)),
        split: true,
      }),
    };
  }

  /**
   * The main record, and with a codec the hot one in the same batch (which also replaces a
   * record from before the split). The cache gets the JSON back, parsed: exactly what a load
   * from disk would return.
   */
  private fullWrite(uid: string, peer: T) {
    const codec = this.codec;
    const text = jsonText(codec ? codec.coldOf(peer) : peer);
    const main = sealValue(this.dbKey, utf8(text), this.ad(uid));
    const ops: PeerDbOp[] = [{ type: 'put', key: PEER_PREFIX + uid, value: main }];
    if (codec) {
      const hot = sealValue(this.dbKey, codec.encodeHot(peer), this.hotAd(uid));
      ops.push({ type: 'put', key: HOT_PREFIX + uid, value: hot });
    }
    return {
      commit: () => this.db.batch(ops, DURABLE),
      entry: (): Cached<T> => {
        const cold = JSON.parse(text) as T;
        const value = codec ? codec.withHotOf(cold, peer) : cold;
        return { value: deepFreeze(value), split: codec !== undefined };
      },
    };
  }

  /** Remembered per uid: listing 1,000 contacts after unlock builds it 1,000 times. */
  private ad(uid: string): Uint8Array {
    return remembered(this.ads, uid, () => storageAd(this.domain, uid));
  }

  /** Remembered per uid: a hot write is small enough that building the AD shows. */
  private hotAd(uid: string): Uint8Array {
    return remembered(this.hotAds, uid, () => storageAd(this.domain, uid, HOT_AD_PART));
  }

  private decode(uid: string, sealed: Uint8Array, hot: Uint8Array | undefined): Cached<T> {
    const plaintext = openValue(this.dbKey, sealed, this.ad(uid));
    const main = parseJsonBytes(plaintext, 'STORAGE_CORRUPT', 'peer record') as T;
    if (hot === undefined) return { value: deepFreeze(main), split: false };
    if (this.codec === undefined) {
      throw new AppError(
        'STORAGE_CORRUPT',
        `a split ${this.domain} record in a store without codec`,
      );
    }
    const joined = this.codec.join(main, openValue(this.dbKey, hot, this.hotAd(uid)));
    return { value: deepFreeze(joined), split: true };
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
