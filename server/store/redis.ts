import { Redis, type RedisOptions } from 'ioredis';
import {
  decodeInvitation,
  decodeMember,
  encodeInvitation,
  encodeTimed,
  isExpired,
  normalizeCursor,
  toHex,
  windowOf,
} from './codec';
import { scripts } from './redis-scripts';
import { RedisWakeBus, wakeChannel } from './redis-wake';
import type { QueueLimits, ReadResult, RelayStore, StoredEntry, StoredInvitation } from './types';

/**
 * The shared store: many relay instances on one Redis. Key layout (`{…}` are literal hash tags,
 * so one queue's keys live in one Cluster slot):
 *
 *   msg:{<key hex>}   sorted set; score = seq, member = seq u64 BE || receivedAt u64 BE || message.
 *                     PEXPIRE ttlMs on every enqueue: an idle queue vanishes once all is expired.
 *   seq:{<key hex>}   INCR counter of the last issued seq. Never expires: were it to expire with
 *                     the queue, seqs would restart at 1 and a client whose saved cursor is higher
 *                     would never see new messages. Cost: one small string per queue ever used.
 *   wake:{<key hex>}  pub/sub channel, published by every enqueue (redis-wake.ts).
 *   inv:{<shortcode>} invitation JSON; PX until expiresAt.
 *   rl:{<bucket>}:<window>  fixed-window counter; expires when its window ends.
 *
 * Expiry: an entry is expired once now - receivedAt >= ttlMs (the caller's clock); reads skip and
 * delete expired entries. Outages: both connections have 'error' listeners (never a crash), and
 * commands issued while Redis is unreachable reject after one reconnect attempt.
 */

export interface RedisStoreOptions {
  /** Connection errors (repeated while Redis is down). Default: ignored. */
  readonly onError?: (err: unknown) => void;
  /** How long a channel stays subscribed after its last local watcher left (redis-wake.ts). */
  readonly wakeLingerMs?: number;
}

const clientOptions: RedisOptions = {
  lazyConnect: true,
  // Fail commands fast during an outage: the HTTP layer answers 503 and the client retries.
  maxRetriesPerRequest: 1,
  retryStrategy: (attempt) => Math.min(25 * 2 ** attempt, 1_000),
  connectTimeout: 5_000,
};

const msgKey = (hex: string): string => `msg:{${hex}}`;
const seqKey = (hex: string): string => `seq:{${hex}}`;
const invitationKey = (shortcode: string): string => `inv:{${shortcode}}`;

function redact(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.password = '';
    parsed.username = '';
    return parsed.toString();
  } catch {
    return 'the configured URL';
  }
}

export class RedisStore implements RelayStore {
  private readonly bus: RedisWakeBus;
  private lastNow: number | undefined;

  private constructor(
    private readonly redis: Redis,
    private readonly sub: Redis,
    private readonly limits: QueueLimits,
    onError: (err: unknown) => void,
    lingerMs: number | undefined,
  ) {
    this.bus = new RedisWakeBus(sub, onError, lingerMs);
  }

  /** Connects both connections; rejects (and releases them) if Redis is unreachable now. */
  static async connect(
    url: string,
    limits: QueueLimits,
    options: RedisStoreOptions = {},
  ): Promise<RedisStore> {
    const onError = options.onError ?? (() => undefined);
    // Auto-pipelining sends every command issued in one tick in one socket write: many
    // concurrent pushes then cost one round of syscalls instead of one each.
    const redis = new Redis(url, { ...clientOptions, enableAutoPipelining: true });
    // A subscriber must resubscribe itself after a reconnect (RedisWakeBus does, then wakes).
    const sub = new Redis(url, { ...clientOptions, autoResubscribe: false });
    redis.on('error', onError);
    sub.on('error', onError);
    try {
      await Promise.all([redis.connect(), sub.connect()]);
    } catch (err) {
      redis.disconnect();
      sub.disconnect();
      throw new Error(`cannot connect to Redis at ${redact(url)}`, { cause: err });
    }
    return new RedisStore(redis, sub, limits, onError, options.wakeLingerMs);
  }

  enqueue(lookupKey: Uint8Array, message: Uint8Array, now: number): Promise<number> {
    this.observe(now);
    const hex = toHex(lookupKey);
    return scripts.enqueue.run(
      this.redis,
      [msgKey(hex), seqKey(hex)],
      [encodeTimed(now, message), this.limits.maxLength, this.limits.ttlMs, wakeChannel(hex)],
    );
  }

  /**
   * Pages through (after, +inf] until max+1 live entries are found or the queue ends: expired
   * entries take up page slots, so one page may not be enough to tell whether `more` is true.
   */
  async read(lookupKey: Uint8Array, after: number, max: number, now: number): Promise<ReadResult> {
    this.observe(now);
    const key = msgKey(toHex(lookupKey));
    const limit = Math.max(0, Math.floor(max));
    const live: StoredEntry[] = [];
    const expired = new ExpiredRuns();
    let cursor = normalizeCursor(after);
    for (;;) {
      const want = limit + 1 - live.length;
      const page = await this.redis.zrangebyscoreBuffer(
        key,
        `(${cursor}`,
        '+inf',
        'LIMIT',
        0,
        want,
      );
      for (const member of page) {
        const entry = decodeMember(member);
        if (isExpired(entry.receivedAt, this.limits.ttlMs, now)) expired.add(entry.seq);
        else {
          expired.close();
          live.push(entry);
        }
        cursor = entry.seq;
      }
      if (page.length < want || live.length > limit) break;
    }
    await expired.remove(this.redis, key);
    return { entries: live.slice(0, limit), more: live.length > limit };
  }

  async ack(lookupKey: Uint8Array, cursor: number): Promise<void> {
    const upTo = normalizeCursor(cursor);
    if (upTo > 0) await this.redis.zremrangebyscore(msgKey(toHex(lookupKey)), '-inf', upTo);
  }

  watch(keys: readonly Uint8Array[], onWake: () => void): () => void {
    return this.bus.watch(keys, onWake);
  }

  /**
   * createInvitation has no `now`, so "is the old record expired" and the PX use the latest `now`
   * a caller passed (the wall clock before any): an injected test clock is never mixed with
   * Redis's own clock, and getInvitation re-checks expiry against its `now` anyway.
   */
  async createInvitation(invitation: StoredInvitation): Promise<boolean> {
    const clock = this.lastNow ?? Date.now();
    const px = Math.max(1, Math.ceil(invitation.expiresAt - clock));
    const created = await scripts.createInvitation.run(
      this.redis,
      [invitationKey(invitation.shortcode)],
      [encodeInvitation(invitation), clock, px],
    );
    return created === 1;
  }

  async getInvitation(shortcode: string, now: number): Promise<StoredInvitation | undefined> {
    this.observe(now);
    const stored = await this.redis.get(invitationKey(shortcode));
    if (stored === null) return undefined;
    const invitation = decodeInvitation(stored);
    // Expired but not yet gone from Redis (clock skew): hidden here, replaced by the next create.
    return invitation.expiresAt > now ? invitation : undefined;
  }

  async deleteInvitation(shortcode: string): Promise<void> {
    await this.redis.del(invitationKey(shortcode));
  }

  hit(bucket: string, windowMs: number, now: number): Promise<number> {
    this.observe(now);
    const size = Math.max(1, windowMs);
    const window = windowOf(size, now);
    const remaining = Math.max(1, (window + 1) * size - now);
    return scripts.hit.run(this.redis, [`rl:{${bucket}}:${window}`], [Math.ceil(remaining)]);
  }

  async close(): Promise<void> {
    this.bus.close();
    await Promise.all([closeClient(this.redis), closeClient(this.sub)]);
  }

  private observe(now: number): void {
    if (this.lastNow === undefined || now > this.lastNow) this.lastNow = now;
  }
}

/** QUIT lets in-flight replies arrive; a client that is not connected is just dropped. */
async function closeClient(client: Redis): Promise<void> {
  if (client.status !== 'ready') {
    client.disconnect();
    return;
  }
  try {
    await client.quit();
  } catch {
    client.disconnect();
  }
}

/**
 * Expired entries met by a read, as runs of consecutive seqs. Deleting a run by score range is
 * exact — nothing else can sit between two consecutive members of one scan, and new entries get
 * higher seqs — and avoids sending whole members back to Redis.
 */
class ExpiredRuns {
  private readonly runs: [number, number][] = [];
  private open: [number, number] | undefined;

  add(seq: number): void {
    if (this.open) this.open[1] = seq;
    else {
      this.open = [seq, seq];
      this.runs.push(this.open);
    }
  }

  close(): void {
    this.open = undefined;
  }

  async remove(redis: Redis, key: string): Promise<void> {
    if (this.runs.length === 0) return;
    const pipeline = redis.pipeline();
    for (const [from, to] of this.runs) pipeline.zremrangebyscore(key, from, to);
    const results = await pipeline.exec();
    const failed = results?.find(([err]) => err !== null);
    if (failed?.[0]) throw failed[0];
  }
}
