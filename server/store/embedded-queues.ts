import type { BatchOperation, Level } from 'level';
import { decodeTimed, encodeTimed, isExpired, normalizeCursor, seqHex } from './codec';
import { KeyedQueue } from '../../core/util/keyed-queue';
import type { QueueLimits, ReadResult, StoredEntry } from './types';

/**
 * The embedded store's queues in LevelDB (utf8 keys, binary values):
 *
 *   q/<key hex>/<seq as 16 hex digits>  →  receivedAt (u64 BE) || message
 *   s/<key hex>                         →  last issued seq (decimal text)
 *
 * Fixed-width seq hex makes a queue one contiguous, seq-ordered key range, so a read is a single
 * range scan. `s/` is written in the same atomic batch as every entry and is never deleted, so a
 * seq is never reused — not after ack, trim, expiry, or a SIGKILL and restart.
 *
 * Invariant: a queue's entries are exactly the seqs [head, last]. Everything that removes entries
 * (ack, trim, expiry cleanup) removes a prefix, which is what lets trim count without scanning.
 */

export type Db = Level<string, Uint8Array>;

interface QueueMeta {
  /** Last issued seq (0 = none yet). */
  last: number;
  /** Lowest seq that may still be stored; head > last means the queue is empty. */
  head: number;
}

/** Meta is reloadable (two small reads), so the cache only bounds how often that happens. */
const MAX_CACHED_QUEUES = 100_000;

/** level's typings omit it, but get() resolves undefined for a missing key. */
export function dbGet(db: Db, key: string): Promise<Uint8Array | undefined> {
  return db.get(key);
}

const entryKey = (hex: string, seq: number): string => `q/${hex}/${seqHex(seq)}`;
const queueStart = (hex: string): string => `q/${hex}/`;
/** 'g' sorts after every hex digit, so this bounds the queue's range from above. */
const queueEnd = (hex: string): string => `q/${hex}/g`;
const seqKey = (hex: string): string => `s/${hex}`;
const seqOf = (key: string): number => parseInt(key.slice(-16), 16);
const hexOf = (key: string): string => key.slice(2, key.lastIndexOf('/'));

export class LevelQueues {
  private readonly meta = new Map<string, QueueMeta>();
  private readonly locks = new KeyedQueue();

  constructor(
    private readonly db: Db,
    private readonly limits: QueueLimits,
  ) {}

  /** Appends under the queue's lock: seq allocation, trim and the durable seq are one batch. */
  enqueue(hex: string, message: Uint8Array, now: number): Promise<number> {
    return this.locks.run(hex, async () => {
      const meta = await this.load(hex);
      const seq = meta.last + 1;
      const excess = Math.max(0, seq - meta.head + 1 - this.limits.maxLength);
      const ops: BatchOperation<Db, string, Uint8Array>[] = [
        { type: 'put', key: entryKey(hex, seq), value: encodeTimed(now, message) },
        { type: 'put', key: seqKey(hex), value: Buffer.from(String(seq)) },
      ];
      for (let s = meta.head; s < meta.head + excess; s++) {
        ops.push({ type: 'del', key: entryKey(hex, s) });
      }
      await this.db.batch(ops);
      meta.last = seq;
      meta.head += excess;
      return seq;
    });
  }

  /** One range scan; no lock needed since it only reads (LevelDB iterators read a snapshot). */
  async read(hex: string, after: number, max: number, now: number): Promise<ReadResult> {
    const limit = Math.max(0, Math.floor(max));
    const entries: StoredEntry[] = [];
    let more = false;
    let sawExpired = false;
    const range = { gt: entryKey(hex, normalizeCursor(after)), lt: queueEnd(hex) };
    for await (const [key, value] of this.db.iterator(range)) {
      const entry = decodeTimed(seqOf(key), value);
      if (isExpired(entry.receivedAt, this.limits.ttlMs, now)) {
        sawExpired = true;
        continue;
      }
      if (entries.length === limit) {
        more = true;
        break;
      }
      entries.push(entry);
    }
    if (sawExpired) await this.prune(hex, now);
    return { entries, more };
  }

  ack(hex: string, cursor: number): Promise<void> {
    const upTo = normalizeCursor(cursor);
    if (upTo === 0) return Promise.resolve();
    return this.locks.run(hex, async () => {
      const meta = await this.load(hex);
      // A cursor past `last` must not move anything beyond what was issued.
      const end = Math.min(upTo, meta.last);
      if (end < meta.head) return;
      await this.db.clear({ gte: queueStart(hex), lte: entryKey(hex, end) });
      meta.head = end + 1;
    });
  }

  /** Deletes the queue's expired prefix (an expired entry behind a live one waits for trim/ack). */
  prune(hex: string, now: number): Promise<void> {
    return this.locks.run(hex, async () => {
      const meta = await this.load(hex);
      let end = meta.head - 1;
      const range = { gte: entryKey(hex, meta.head), lt: queueEnd(hex) };
      for await (const [key, value] of this.db.iterator(range)) {
        if (!isExpired(decodeTimed(0, value).receivedAt, this.limits.ttlMs, now)) break;
        end = seqOf(key);
      }
      if (end < meta.head) return;
      await this.db.clear({ gte: queueStart(hex), lte: entryKey(hex, end) });
      meta.head = end + 1;
    });
  }

  /** Visits every queue once (seeking past its entries) and prunes those with an expired head. */
  async sweep(now: number): Promise<void> {
    const iterator = this.db.iterator({ gte: 'q/', lt: 'q0' });
    try {
      let item = await iterator.next();
      while (item) {
        const [key, value] = item;
        const hex = hexOf(key);
        if (isExpired(decodeTimed(0, value).receivedAt, this.limits.ttlMs, now)) {
          await this.prune(hex, now);
        }
        iterator.seek(queueEnd(hex));
        item = await iterator.next();
      }
    } finally {
      await iterator.close();
    }
  }

  /** Waits for queued writes so the database can close cleanly. */
  drain(): Promise<void> {
    return this.locks.idle();
  }

  /** Call only under the queue's lock: the returned object is mutated after each write. */
  private async load(hex: string): Promise<QueueMeta> {
    const cached = this.meta.get(hex);
    if (cached) return cached;
    const [stored, first] = await Promise.all([dbGet(this.db, seqKey(hex)), this.firstSeq(hex)]);
    const last = stored ? Number(Buffer.from(stored).toString()) : 0;
    const meta = { last, head: first ?? last + 1 };
    this.meta.set(hex, meta);
    this.evict();
    return meta;
  }

  private async firstSeq(hex: string): Promise<number | undefined> {
    const range = { gte: queueStart(hex), lt: queueEnd(hex), limit: 1 };
    const [key] = await this.db.keys(range).all();
    return key === undefined ? undefined : seqOf(key);
  }

  /** Drops the oldest cached metas, never one whose queue has work in flight. */
  private evict(): void {
    if (this.meta.size <= MAX_CACHED_QUEUES) return;
    for (const hex of this.meta.keys()) {
      if (this.meta.size <= MAX_CACHED_QUEUES * 0.9) return;
      if (!this.locks.isBusy(hex)) this.meta.delete(hex);
    }
  }
}
