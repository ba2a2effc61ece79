import type { Redis } from 'ioredis';
import { WakeRegistry } from './watch';

/**
 * Cross-instance wakes for the Redis store. Every enqueue publishes on `wake:{<key hex>}`; this
 * class keeps exactly the channels that local watchers need subscribed, reference-counted
 * through the WakeRegistry, over a WakeTransport: plain pub/sub on one Redis (below), sharded
 * pub/sub on a cluster (redis-cluster.ts).
 *
 * - Batching: all (un)subscriptions made in one tick go out together (one SUBSCRIBE on one
 *   Redis; on a cluster one SSUBSCRIBE per channel, all written in that tick).
 * - No lost wakes: a watcher registered just before a read could miss a push that lands between
 *   the read and Redis processing the subscription (they travel on different connections). So
 *   when a subscription is confirmed, the watchers of those keys get one (possibly spurious) wake.
 * - Linger: a channel whose last watcher left stays subscribed for `lingerMs` (default 5 s), so a client that
 *   re-polls right away costs no SUBSCRIBE/UNSUBSCRIBE round and no extra wake.
 * - Outages: a failed subscription wakes its watchers (their next read fails fast instead of
 *   waiting out the poll) and is tried again RETRY_MS later while it is still wanted (in case
 *   no reset follows); after the transport reports a reset (reconnect, failover) every
 *   wanted channel is subscribed again and its watchers woken once that is confirmed, since
 *   pushes in between were not delivered.
 */

export const DEFAULT_LINGER_MS = 5_000;
const RETRY_MS = 1_000;
const PREFIX = 'wake:{';

export const wakeChannel = (hex: string): string => `${PREFIX}${hex}}`;

/** One subscription command in flight: the channels it covers and its confirmation. */
export interface PendingSubscribe {
  readonly channels: readonly string[];
  readonly done: Promise<unknown>;
}

/** How the bus reaches Redis. Commands on one transport apply in the order they are issued. */
export interface WakeTransport {
  /** The channel announced by every enqueue: PUBLISH on one Redis, SPUBLISH on a cluster. */
  readonly publishCommand: 'PUBLISH' | 'SPUBLISH';
  connect(): Promise<void>;
  subscribe(channels: readonly string[]): readonly PendingSubscribe[];
  unsubscribe(channels: readonly string[]): Promise<unknown>;
  /**
   * `onMessage` for every message on a subscribed channel; `onReset` when subscriptions may have
   * been lost (a reconnect, a new cluster topology): the bus then subscribes everything again.
   */
  listen(onMessage: (channel: string) => void, onReset: () => void): void;
  /** Drops the connections even while commands are pending. */
  disconnect(): void;
  close(): Promise<void>;
}

/** Plain pub/sub on a dedicated connection to one Redis (autoResubscribe off: the bus does it). */
export class PubSubTransport implements WakeTransport {
  readonly publishCommand = 'PUBLISH';

  constructor(private readonly sub: Redis) {}

  connect(): Promise<void> {
    return this.sub.connect();
  }

  subscribe(channels: readonly string[]): readonly PendingSubscribe[] {
    return [{ channels, done: this.sub.subscribe(...channels) }];
  }

  unsubscribe(channels: readonly string[]): Promise<unknown> {
    return this.sub.unsubscribe(...channels);
  }

  listen(onMessage: (channel: string) => void, onReset: () => void): void {
    this.sub.on('message', onMessage);
    // A (re)connected subscriber starts with no subscriptions.
    this.sub.on('ready', onReset);
  }

  disconnect(): void {
    this.sub.disconnect();
  }

  close(): Promise<void> {
    return closeClient(this.sub);
  }
}

/** QUIT lets in-flight replies arrive; a client that is not connected is just dropped. */
export async function closeClient(client: {
  readonly status: string;
  quit(): Promise<unknown>;
  disconnect(): void;
}): Promise<void> {
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

export class RedisWakeBus {
  private readonly registry: WakeRegistry;
  /**
   * Channels we have asked Redis to subscribe, each with the id of that request: a late failure
   * of an older request must not cancel a newer one (e.g. after a reset).
   */
  private readonly requested = new Map<string, number>();
  private lastRequest = 0;
  /** Channels whose subscription failed, tried again when `retryTimer` fires. */
  private readonly failed = new Set<string>();
  private retryTimer: NodeJS.Timeout | undefined;
  private readonly dirty = new Set<string>();
  /** Unwatched channels still subscribed, with the time their last watcher left. */
  private readonly lingering = new Map<string, number>();
  /** Keys whose subscription just settled, woken together (see wakeSoon). */
  private readonly settled = new Set<string>();
  private readonly timer: NodeJS.Timeout;
  private flushQueued = false;
  private wakeQueued = false;
  private closed = false;

  constructor(
    private readonly transport: WakeTransport,
    private readonly onError: (err: unknown) => void,
    private readonly lingerMs = DEFAULT_LINGER_MS,
  ) {
    this.registry = new WakeRegistry(onError, {
      onFirst: (hex) => {
        this.lingering.delete(hex);
        this.mark(hex);
      },
      onLast: (hex) => {
        this.lingering.set(hex, Date.now());
      },
    });
    transport.listen(
      (channel) => {
        if (channel.startsWith(PREFIX)) this.registry.wake(hexOf(channel));
      },
      () => {
        this.resubscribeAll();
      },
    );
    this.timer = setInterval(() => {
      this.expireLingering(Date.now());
    }, lingerMs);
    this.timer.unref();
  }

  watch(keys: readonly Uint8Array[], onWake: () => void): () => void {
    if (this.closed) return () => undefined;
    return this.registry.watch(keys, onWake);
  }

  close(): void {
    this.closed = true;
    clearInterval(this.timer);
    clearTimeout(this.retryTimer);
  }

  private mark(hex: string): void {
    this.dirty.add(hex);
    if (this.flushQueued) return;
    this.flushQueued = true;
    queueMicrotask(() => {
      this.flush();
    });
  }

  private flush(): void {
    this.flushQueued = false;
    if (this.closed) return;
    const subscribe: string[] = [];
    const unsubscribe: string[] = [];
    for (const hex of this.dirty) {
      const wanted = this.registry.has(hex);
      if (wanted && !this.requested.has(hex)) subscribe.push(hex);
      if (!wanted && this.requested.has(hex)) unsubscribe.push(hex);
    }
    this.dirty.clear();
    if (unsubscribe.length > 0) this.unsubscribe(unsubscribe);
    if (subscribe.length > 0) this.subscribe(subscribe);
  }

  private subscribe(hexes: string[]): void {
    const id = ++this.lastRequest;
    for (const hex of hexes) this.requested.set(hex, id);
    let pending: readonly PendingSubscribe[];
    try {
      pending = this.transport.subscribe(hexes.map(wakeChannel));
    } catch (err) {
      // A client may throw instead of rejecting (e.g. a cluster without a slot map yet).
      pending = [{ channels: hexes.map(wakeChannel), done: Promise.reject(asError(err)) }];
    }
    for (const { channels, done } of pending) {
      const settled = channels.map(hexOf);
      done.then(
        () => {
          this.wakeSoon(settled);
        },
        (err: unknown) => {
          for (const hex of settled) {
            if (this.requested.get(hex) === id) this.requested.delete(hex);
          }
          this.onError(err);
          this.wakeSoon(settled);
          this.retryLater(settled);
        },
      );
    }
  }

  private retryLater(hexes: readonly string[]): void {
    for (const hex of hexes) this.failed.add(hex);
    if (this.retryTimer !== undefined || this.closed) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      // mark() subscribes what is still wanted and not requested again meanwhile.
      for (const hex of this.failed) this.mark(hex);
      this.failed.clear();
    }, RETRY_MS);
    this.retryTimer.unref();
  }

  /**
   * A cluster confirms each channel on its own: confirmations that arrive together wake a
   * watcher of many keys (a long-poll over 1,000) once, not once per key.
   */
  private wakeSoon(hexes: readonly string[]): void {
    for (const hex of hexes) this.settled.add(hex);
    if (this.wakeQueued) return;
    this.wakeQueued = true;
    setImmediate(() => {
      this.wakeQueued = false;
      const woken = [...this.settled];
      this.settled.clear();
      this.registry.wakeMany(woken);
    });
  }

  private unsubscribe(hexes: string[]): void {
    for (const hex of hexes) this.requested.delete(hex);
    try {
      this.transport.unsubscribe(hexes.map(wakeChannel)).catch(this.onError);
    } catch (err) {
      this.onError(err);
    }
  }

  private expireLingering(now: number): void {
    for (const [hex, since] of this.lingering) {
      if (now - since < this.lingerMs) continue;
      this.lingering.delete(hex);
      if (!this.registry.has(hex)) this.mark(hex);
    }
  }

  /**
   * Subscriptions may be gone (autoResubscribe is off), or restored unconfirmed (ioredis's own
   * cluster resubscription): ask again for every wanted channel, and drop the lingering ones
   * (a no-op on a fresh connection; on a cluster they would otherwise stay subscribed).
   */
  private resubscribeAll(): void {
    const stale = [...this.requested.keys()].filter((hex) => !this.registry.has(hex));
    this.requested.clear();
    this.lingering.clear();
    if (stale.length > 0) this.unsubscribe(stale);
    for (const hex of this.registry.keys()) this.mark(hex);
  }
}

const hexOf = (channel: string): string => channel.slice(PREFIX.length, -1);

const asError = (err: unknown): Error => (err instanceof Error ? err : new Error(String(err)));
