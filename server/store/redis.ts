import { Cluster, Redis, type RedisOptions } from 'ioredis';
import {
  decodeInvitation,
  decodeMember,
  encodeInvitation,
  gapFields,
  normalizeCursor,
  seqBase,
  toHex,
  windowOf,
} from './codec';
import { clusterCommandClient, ShardedWakeTransport } from './redis-cluster';
import { scripts, type RedisClient } from './redis-scripts';
import { formatRedisNodes, type RedisTarget } from './redis-target';
import {
  closeClient,
  PubSubTransport,
  RedisWakeBus,
  wakeChannel,
  type WakeTransport,
} from './redis-wake';
import {
  AdmissionRefused,
  admitInSteps,
  type Admission,
  type AdmitRequest,
  type EnqueueResult,
  type QueueLimits,
  type ReadResult,
  type RelayStore,
  type StoredEntry,
  type StoredInvitation,
} from './types';
import { enqueueOne } from './enqueue-one';

/**
 * The shared store: many relay instances on one Redis or one Redis Cluster. Key layout (`{…}`
 * are literal hash tags, so one queue's keys live in one Cluster slot):
 *
 *   msg:{<key hex>}   sorted set; score = seq, member = seq ‖ receivedAt ‖ offset ‖ message
 *                     (u64 BE each, codec.ts). PEXPIRE ttlMs on every enqueue, so an idle queue
 *                     vanishes once everything in it has expired.
 *   meta:{<key hex>}  hash: last (seq), acked (ack cursor), total (bytes ever stored, the next
 *                     offset), base (where the counter started), at (last receivedAt), touched
 *                     (last enqueue, pull or ack). PEXPIRE metaIdleMs on each use; when it is
 *                     gone (or idle by the relay clock) the next enqueue starts a new counter at
 *                     seqBase(now), above every seq the queue ever had.
 *   wake:{<key hex>}  pub/sub channel, published by every enqueue (redis-wake.ts); sharded
 *                     (SPUBLISH) on a cluster, where it lives in the queue's slot (redis-cluster.ts).
 *   inv:{<shortcode>} invitation JSON; PX until expiresAt.
 *   rl:{<bucket>}:<window>  fixed-window counter; expires when its window ends.
 *   seen:{<id hex>}   replay window: SET NX PX, one per request id.
 *
 * Enqueue, read and ack are Lua scripts (redis-queue-scripts.ts): limits are checked and the
 * expired prefix pruned atomically with the change. Outages: every client has 'error'
 * listeners (never a crash), and commands issued while Redis is unreachable reject after one
 * reconnect attempt (on a cluster: at once while it reconnects, after a few hops for a slot
 * whose master is down).
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
const metaKey = (hex: string): string => `meta:{${hex}}`;
const invitationKey = (shortcode: string): string => `inv:{${shortcode}}`;
const seenKey = (id: string): string => `seen:{${id}}`;

/** The replay record a guarded queue script checks, and the token it must hold. */
interface Guard {
  readonly key: string;
  readonly token: string;
}

/** What a guarded queue script returns when its request was not admitted. */
const REFUSED = -2;

const keysFor = (hex: string, guard: Guard | undefined): string[] =>
  guard ? [msgKey(hex), metaKey(hex), guard.key] : [msgKey(hex), metaKey(hex)];

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
    private readonly redis: RedisClient,
    private readonly wakes: WakeTransport,
    private readonly limits: QueueLimits,
    onError: (err: unknown) => void,
    lingerMs: number | undefined,
  ) {
    this.bus = new RedisWakeBus(wakes, onError, lingerMs);
  }

  /**
   * Connects to a redis:// URL or a cluster (`{ cluster: nodes }`); rejects (and releases every
   * connection) if it is unreachable now.
   */
  static async connect(
    target: RedisTarget,
    limits: QueueLimits,
    options: RedisStoreOptions = {},
  ): Promise<RedisStore> {
    const onError = options.onError ?? (() => undefined);
    let redis: RedisClient;
    let wakes: WakeTransport;
    if (typeof target === 'string') {
      // Auto-pipelining sends every command issued in one tick in one socket write: many
      // concurrent pushes then cost one round of syscalls instead of one each.
      redis = new Redis(target, { ...clientOptions, enableAutoPipelining: true });
      // A subscriber must resubscribe itself after a reconnect (RedisWakeBus does, then wakes).
      const sub = new Redis(target, { ...clientOptions, autoResubscribe: false });
      sub.on('error', onError);
      wakes = new PubSubTransport(sub);
    } else {
      redis = clusterCommandClient(target.cluster);
      redis.on('node error', onError);
      wakes = new ShardedWakeTransport(target.cluster, onError);
    }
    redis.on('error', onError);
    try {
      await Promise.all([redis.connect(), wakes.connect()]);
    } catch (err) {
      redis.disconnect();
      wakes.disconnect();
      const where =
        typeof target === 'string'
          ? `Redis at ${redact(target)}`
          : `the Redis Cluster at ${formatRedisNodes(target.cluster)}`;
      throw new Error(`cannot connect to ${where}`, { cause: err });
    }
    return new RedisStore(redis, wakes, limits, onError, options.wakeLingerMs);
  }

  enqueue(lookupKey: Uint8Array, message: Uint8Array, now: number): Promise<EnqueueResult> {
    return enqueueOne(this, lookupKey, message, now);
  }

  enqueueAll(
    lookupKey: Uint8Array,
    messages: readonly Uint8Array[],
    now: number,
  ): Promise<EnqueueResult[]> {
    return this.enqueueAs(undefined, lookupKey, messages, now);
  }

  private async enqueueAs(
    guard: Guard | undefined,
    lookupKey: Uint8Array,
    messages: readonly Uint8Array[],
    now: number,
  ): Promise<EnqueueResult[]> {
    this.observe(now);
    if (messages.length === 0) return [];
    const hex = toHex(lookupKey);
    const { ttlMs, metaIdleMs, maxLength, maxBytes } = this.limits;
    const reply = await scripts.enqueue.call(this.redis, keysFor(hex, guard), [
      now,
      ttlMs,
      metaIdleMs,
      maxLength,
      maxBytes,
      wakeChannel(hex),
      seqBase(now),
      this.wakes.publishCommand,
      guard?.token ?? '',
      ...messages.map((m) => Buffer.from(m.buffer, m.byteOffset, m.byteLength)),
    ]);
    if (reply === REFUSED) throw new AdmissionRefused();
    if (!Array.isArray(reply) || reply.length !== messages.length) {
      throw new Error('unexpected reply from the enqueue script');
    }
    return reply.map((seq) =>
      typeof seq === 'number' && seq > 0 ? { ok: true, seq } : { ok: false },
    );
  }

  /** One script: prunes the expired prefix, then returns the counters and up to max + 1 entries. */
  read(lookupKey: Uint8Array, after: number, max: number, now: number): Promise<ReadResult> {
    return this.readAs(undefined, lookupKey, after, max, now);
  }

  private async readAs(
    guard: Guard | undefined,
    lookupKey: Uint8Array,
    after: number,
    max: number,
    now: number,
  ): Promise<ReadResult> {
    this.observe(now);
    const hex = toHex(lookupKey);
    const from = normalizeCursor(after);
    const limit = Math.max(0, Math.floor(max));
    const { ttlMs, metaIdleMs } = this.limits;
    const reply = await scripts.read.call(this.redis, keysFor(hex, guard), [
      String(from),
      limit + 1,
      now,
      ttlMs,
      metaIdleMs,
      guard?.token ?? '',
    ]);
    if (reply === REFUSED) throw new AdmissionRefused();
    if (!Array.isArray(reply) || typeof reply[0] !== 'number') {
      throw new Error('unexpected reply from the read script');
    }
    if (reply[0] < 0) return { entries: [], more: false, ...gapFields(undefined, undefined, from) };
    const [last, acked, base, first] = reply.slice(0, 4) as number[];
    const counters = { last: last ?? 0, acked: acked ?? 0, base: base ?? 0 };
    const live: StoredEntry[] = (reply.slice(4) as Buffer[]).map(decodeMember);
    return {
      entries: live.slice(0, limit),
      more: live.length > limit,
      ...gapFields(counters, first || undefined, from),
    };
  }

  ack(lookupKey: Uint8Array, cursor: number, now: number): Promise<void> {
    return this.ackAs(undefined, lookupKey, cursor, now);
  }

  private async ackAs(
    guard: Guard | undefined,
    lookupKey: Uint8Array,
    cursor: number,
    now: number,
  ): Promise<void> {
    this.observe(now);
    const upTo = normalizeCursor(cursor);
    if (upTo === 0) return;
    const hex = toHex(lookupKey);
    const done = await scripts.ack.run(this.redis, keysFor(hex, guard), [
      String(upTo),
      now,
      this.limits.metaIdleMs,
      guard?.token ?? '',
    ]);
    if (done === REFUSED) throw new AdmissionRefused();
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

  hit(bucket: string, windowMs: number, now: number, by = 1): Promise<number> {
    this.observe(now);
    const size = Math.max(1, windowMs);
    const window = windowOf(size, now);
    const remaining = Math.max(1, (window + 1) * size - now);
    return scripts.hit.run(this.redis, [`rl:{${bucket}}:${window}`], [Math.ceil(remaining), by]);
  }

  /** SET NX PX: atomic, shared by every instance, and expiring on its own. */
  async remember(id: string, ttlMs: number, now: number): Promise<boolean> {
    this.observe(now);
    const px = Math.max(1, Math.ceil(ttlMs));
    return (await this.redis.set(seenKey(id), '1', 'PX', px, 'NX')) === 'OK';
  }

  /** One script on a single Redis; on a cluster the keys are in two slots, so two calls. */
  async admit(request: AdmitRequest, now: number): Promise<Admission> {
    if (this.redis instanceof Cluster) return admitInSteps(this, request, now);
    this.observe(now);
    const { bucket, windowMs, limit, id, ttlMs } = request;
    const size = Math.max(1, windowMs);
    const window = windowOf(size, now);
    const remaining = Math.max(1, (window + 1) * size - now);
    const outcome = await scripts.admit.run(
      this.redis,
      [`rl:{${bucket}}:${window}`, seenKey(id)],
      [Math.ceil(remaining), limit, Math.max(1, Math.ceil(ttlMs)), request.token ?? '1'],
    );
    return outcome === 0 ? 'admitted' : outcome === 1 ? 'limited' : 'replayed';
  }

  /**
   * On a single Redis, a view whose enqueue, read and ack scripts first check the request's
   * replay record (`seen:{id}`) for `token`, i.e. go ahead only if `admit` with that token
   * admitted the request, and otherwise change nothing (AdmissionRefused). They can therefore
   * leave in the same write as the admission (auto-pipelining; one connection runs them in
   * order). Undefined on a cluster, where the record lives in another slot than the queue.
   */
  afterAdmission(id: string, token: string): RelayStore | undefined {
    if (this.redis instanceof Cluster) return undefined;
    const guard: Guard = { key: seenKey(id), token };
    const view: RelayStore = {
      enqueue: (key, message, now) => enqueueOne(view, key, message, now),
      enqueueAll: (key, messages, now) => this.enqueueAs(guard, key, messages, now),
      read: (key, after, max, now) => this.readAs(guard, key, after, max, now),
      ack: (key, cursor, now) => this.ackAs(guard, key, cursor, now),
      watch: (keys, onWake) => this.watch(keys, onWake),
      createInvitation: (invitation) => this.createInvitation(invitation),
      getInvitation: (code, now) => this.getInvitation(code, now),
      deleteInvitation: (code) => this.deleteInvitation(code),
      hit: (bucket, windowMs, now, by) => this.hit(bucket, windowMs, now, by),
      remember: (id2, ttlMs, now) => this.remember(id2, ttlMs, now),
      admit: (request, now) => this.admit(request, now),
      afterAdmission: () => undefined,
      close: () => Promise.resolve(),
    };
    return view;
  }

  async close(): Promise<void> {
    this.bus.close();
    await Promise.all([closeClient(this.redis), this.wakes.close()]);
  }

  private observe(now: number): void {
    if (this.lastNow === undefined || now > this.lastNow) this.lastNow = now;
  }
}
