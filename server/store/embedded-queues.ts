import type { Level } from 'level';
import {
  decodeTimed,
  encodeTimed,
  gapFields,
  isExpired,
  normalizeCursor,
  offsetOf,
  seqBase,
  seqHex,
} from './codec';
import { KeyedQueue } from '../../core/util/keyed-queue';
import type { EnqueueResult, QueueLimits, ReadResult, StoredEntry } from './types';

/**
 * The embedded store's queues in LevelDB (utf8 keys, binary values):
 *
 *   q/<key hex>/<seq as 16 hex digits>  →  receivedAt ‖ offset ‖ message (codec.ts encodeTimed)
 *   m/<key hex>                         →  metadata JSON: last, acked, total, base, at, touched
 *
 * Fixed-width seq hex makes a queue one contiguous, seq-ordered key range, so a read is a single
 * range scan. `m/` is written in the same atomic batch as every entry and every ack, so a seq is
 * never reused and the ack cursor never lags the deletions. Every operation on one queue runs
 * under that queue's lock, so limits are checked and applied with nothing in between.
 *
 * Invariant: a queue's entries are exactly the seqs [head, last]. Acks and expiry remove a
 * prefix, which is what makes the byte count (total − offset of the head) and the gap report
 * (codec.ts gapAfter) exact without scanning. A queue without metadata has no entries.
 */

export type Db = Level<string, Uint8Array>;

interface StoredMeta {
  /** Last issued seq (= base before the first push). */
  last: number;
  /** Highest ack cursor (starts at base). */
  acked: number;
  /** Bytes ever stored under this counter: the offset the next entry gets. */
  total: number;
  base: number;
  /** receivedAt of the last entry (receivedAt never goes down, so expiry is a prefix). */
  at: number;
  /** Last enqueue, pull or ack: the metadata is forgotten metaIdleMs after it. */
  touched: number;
}

interface QueueMeta extends StoredMeta {
  /** Lowest seq that may still be stored; head > last means the queue is empty. */
  head: number;
  /** receivedAt and offset of the entry `head`, once read (undefined: not known yet). */
  headEntry?: { readonly at: number; readonly offset: number } | undefined;
}

/** Meta is reloadable (two small reads), so the cache only bounds how often that happens. */
const MAX_CACHED_QUEUES = 100_000;
/** A pull refreshes `touched` on disk at most once per this fraction of the idle time. */
const TOUCH_FRACTION = 16;

/** level's typings omit it, but get() resolves undefined for a missing key. */
export function dbGet(db: Db, key: string): Promise<Uint8Array | undefined> {
  return db.get(key);
}

const entryKey = (hex: string, seq: number): string => `q/${hex}/${seqHex(seq)}`;
const queueStart = (hex: string): string => `q/${hex}/`;
/** 'g' sorts after every hex digit, so this bounds the queue's range from above. */
const queueEnd = (hex: string): string => `q/${hex}/g`;
const metaKey = (hex: string): string => `m/${hex}`;
const seqOf = (key: string): number => parseInt(key.slice(-16), 16);

function encodeMeta(meta: QueueMeta): Buffer {
  const { last, acked, total, base, at, touched } = meta;
  return Buffer.from(JSON.stringify({ last, acked, total, base, at, touched }));
}

function decodeMeta(bytes: Uint8Array): StoredMeta {
  const json = JSON.parse(Buffer.from(bytes).toString('utf8')) as Partial<StoredMeta>;
  const fields = [json.last, json.acked, json.total, json.base, json.at, json.touched];
  if (!fields.every((f) => typeof f === 'number')) throw new Error('corrupt queue metadata');
  return json as StoredMeta;
}

export class LevelQueues {
  /** null: known to have no metadata (a long-poll re-reads empty queues on every wake). */
  private readonly meta = new Map<string, QueueMeta | null>();
  private readonly locks = new KeyedQueue();

  constructor(
    private readonly db: Db,
    private readonly limits: QueueLimits,
  ) {}

  /** Appends under the queue's lock unless the queue is at its entry or byte limit. */
  /** Appends in order, each message checked against the limits; one batch write for all. */
  enqueueAll(hex: string, messages: readonly Uint8Array[], now: number): Promise<EnqueueResult[]> {
    return this.locked(hex, async () => {
      const meta = (await this.loadLive(hex, now)) ?? this.create(now);
      await this.prune(hex, meta, now);
      let count = meta.last - meta.head + 1;
      let used = count > 0 ? meta.total - (await this.headEntry(hex, meta)).offset : 0;
      const { maxLength, maxBytes } = this.limits;
      const at = Math.max(now, meta.at);
      const next = { ...meta, at, touched: now };
      const writes: { type: 'put'; key: string; value: Uint8Array }[] = [];
      const results = messages.map((message): EnqueueResult => {
        if (count + 1 > maxLength || used + message.byteLength > maxBytes) return { ok: false };
        next.last += 1;
        writes.push({
          type: 'put',
          key: entryKey(hex, next.last),
          value: encodeTimed(at, next.total, message),
        });
        if (count === 0) next.headEntry = { at, offset: next.total };
        next.total += message.byteLength;
        used += message.byteLength;
        count += 1;
        return { ok: true, seq: next.last };
      });
      if (writes.length === 0) return results;
      await this.db.batch([...writes, { type: 'put', key: metaKey(hex), value: encodeMeta(next) }]);
      Object.assign(meta, next);
      this.cache(hex, meta);
      return results;
    });
  }

  /** Entries after `after` (the expired prefix pruned first), with the gap fields. */
  read(hex: string, after: number, max: number, now: number): Promise<ReadResult> {
    const from = normalizeCursor(after);
    return this.locked(hex, async () => {
      const meta = await this.loadLive(hex, now);
      if (!meta) return { entries: [], more: false, ...gapFields(undefined, undefined, from) };
      await this.prune(hex, meta, now);
      const limit = Math.max(0, Math.floor(max));
      const entries: StoredEntry[] = [];
      const range = { gt: entryKey(hex, from), lt: queueEnd(hex), limit: limit + 1 };
      for await (const [key, value] of this.db.iterator(range)) {
        entries.push(decodeTimed(seqOf(key), value));
      }
      if (now - meta.touched >= this.limits.metaIdleMs / TOUCH_FRACTION) {
        meta.touched = now;
        await this.db.put(metaKey(hex), encodeMeta(meta));
      }
      const first = meta.head <= meta.last ? meta.head : undefined;
      return {
        entries: entries.slice(0, limit),
        more: entries.length > limit,
        ...gapFields(meta, first, from),
      };
    });
  }

  /** Deletes entries <= cursor and raises the ack cursor in one batch (never past `last`). */
  ack(hex: string, cursor: number, now: number): Promise<void> {
    const upTo = normalizeCursor(cursor);
    if (upTo === 0) return Promise.resolve();
    return this.locked(hex, async () => {
      const meta = await this.loadLive(hex, now);
      if (!meta) return;
      const end = Math.min(upTo, meta.last);
      const next = { ...meta, acked: Math.max(meta.acked, end), touched: now };
      const ops: { type: 'del'; key: string }[] = [];
      for (let seq = meta.head; seq <= end; seq++)
        ops.push({ type: 'del', key: entryKey(hex, seq) });
      await this.db.batch([...ops, { type: 'put', key: metaKey(hex), value: encodeMeta(next) }]);
      Object.assign(meta, next);
      if (end >= meta.head) {
        meta.head = end + 1;
        meta.headEntry = undefined;
      }
    });
  }

  /** Visits every queue once: forgets idle metadata, prunes expired prefixes. */
  async sweep(now: number): Promise<void> {
    for await (const key of this.db.keys({ gte: 'm/', lt: 'm0' })) {
      const hex = key.slice(2);
      await this.locked(hex, async () => {
        const meta = await this.loadLive(hex, now);
        if (meta) await this.prune(hex, meta, now);
      });
    }
  }

  /**
   * Drops what an older version of this store left: `s/` counters and entries without an
   * offset. Their queues were addressed under lookup/v1 (PROTOCOL.md §7), so nobody can reach
   * them any more.
   */
  async dropOldLayout(): Promise<void> {
    const [old] = await this.db.keys({ gte: 's/', lt: 's0', limit: 1 }).all();
    if (old === undefined) return;
    await this.db.clear({ gte: 'q/', lt: 'q0' });
    await this.db.clear({ gte: 's/', lt: 's0' });
  }

  /**
   * Runs `task` under the queue's lock. A failed task may have left the cached metadata ahead of
   * or behind the disk (a range delete cut short), so it is dropped and reloaded next time.
   */
  private locked<T>(hex: string, task: () => Promise<T>): Promise<T> {
    return this.locks.run(hex, async () => {
      try {
        return await task();
      } catch (err) {
        this.meta.delete(hex);
        throw err;
      }
    });
  }

  /** Waits for queued writes so the database can close cleanly. */
  drain(): Promise<void> {
    return this.locks.idle();
  }

  /** Call only under the queue's lock. Metadata idle too long is deleted with its entries. */
  private async loadLive(hex: string, now: number): Promise<QueueMeta | undefined> {
    const meta = await this.load(hex);
    if (!meta || now - meta.touched < this.limits.metaIdleMs) return meta;
    // Idle for at least the TTL: every entry expired long ago.
    await this.db.clear({ gte: queueStart(hex), lt: queueEnd(hex) });
    await this.db.del(metaKey(hex));
    this.meta.set(hex, null);
    return undefined;
  }

  /** A new counter at seqBase(now); stored (and cached) only with the entry that needs it. */
  private create(now: number): QueueMeta {
    const base = seqBase(now);
    return { last: base, acked: base, total: 0, base, at: 0, touched: now, head: base + 1 };
  }

  /** Deletes the expired prefix (call under the lock); leaves `head` at the first live entry. */
  private async prune(hex: string, meta: QueueMeta, now: number): Promise<void> {
    if (meta.head > meta.last) return;
    const { ttlMs } = this.limits;
    let end = meta.head - 1;
    if (isExpired(meta.at, ttlMs, now)) {
      end = meta.last;
    } else if (isExpired((await this.headEntry(hex, meta)).at, ttlMs, now)) {
      const range = { gte: entryKey(hex, meta.head), lt: queueEnd(hex) };
      for await (const [key, value] of this.db.iterator(range)) {
        const { receivedAt } = decodeTimed(0, value);
        if (!isExpired(receivedAt, ttlMs, now)) {
          meta.headEntry = { at: receivedAt, offset: offsetOf(value) };
          break;
        }
        end = seqOf(key);
      }
    }
    if (end < meta.head) return;
    await this.db.clear({ gte: queueStart(hex), lte: entryKey(hex, end) });
    if (end >= meta.last) meta.headEntry = undefined;
    meta.head = end + 1;
  }

  /** receivedAt and offset of the head entry (call with a non-empty queue, under the lock). */
  private async headEntry(
    hex: string,
    meta: QueueMeta,
  ): Promise<{ readonly at: number; readonly offset: number }> {
    if (meta.headEntry) return meta.headEntry;
    const value = await dbGet(this.db, entryKey(hex, meta.head));
    if (!value) throw new Error(`queue ${hex.slice(0, 8)}: entry ${meta.head} is missing`);
    meta.headEntry = { at: decodeTimed(meta.head, value).receivedAt, offset: offsetOf(value) };
    return meta.headEntry;
  }

  private async load(hex: string): Promise<QueueMeta | undefined> {
    const cached = this.meta.get(hex);
    if (cached !== undefined) return cached ?? undefined;
    const [stored, first] = await Promise.all([dbGet(this.db, metaKey(hex)), this.firstSeq(hex)]);
    if (!stored) {
      this.cache(hex, null);
      return undefined;
    }
    const saved = decodeMeta(stored);
    const meta: QueueMeta = { ...saved, head: first ?? saved.last + 1 };
    this.cache(hex, meta);
    return meta;
  }

  private async firstSeq(hex: string): Promise<number | undefined> {
    const range = { gte: queueStart(hex), lt: queueEnd(hex), limit: 1 };
    const [key] = await this.db.keys(range).all();
    return key === undefined ? undefined : seqOf(key);
  }

  /** Caches `meta`, dropping the oldest cached metas, never one whose queue has work in flight. */
  private cache(hex: string, meta: QueueMeta | null): void {
    if (this.meta.get(hex) === meta) return;
    this.meta.set(hex, meta);
    if (this.meta.size <= MAX_CACHED_QUEUES) return;
    for (const hex of this.meta.keys()) {
      if (this.meta.size <= MAX_CACHED_QUEUES * 0.9) return;
      if (!this.locks.isBusy(hex)) this.meta.delete(hex);
    }
  }
}
