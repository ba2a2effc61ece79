import type { Redis } from 'ioredis';
import { WakeRegistry } from './watch';

/**
 * Cross-instance wakes for the Redis store. Every enqueue PUBLISHes on `wake:{<key hex>}`; this
 * class owns a dedicated subscriber connection and keeps exactly the channels that local watchers
 * need subscribed, reference-counted through the WakeRegistry.
 *
 * - Batching: all (un)subscriptions made in one tick go out as one SUBSCRIBE / UNSUBSCRIBE.
 * - No lost wakes: a watcher registered just before a read could miss a push that lands between
 *   the read and Redis processing the SUBSCRIBE (they travel on different connections). So when
 *   a SUBSCRIBE is confirmed, the watchers of those keys get one (possibly spurious) wake.
 * - Linger: a channel whose last watcher left stays subscribed for `lingerMs` (default 5 s), so a client that
 *   re-polls right away costs no SUBSCRIBE/UNSUBSCRIBE round and no extra wake.
 * - Outages: a failed SUBSCRIBE wakes its watchers (their next read fails fast instead of
 *   waiting out the poll); after a reconnect every wanted channel is resubscribed and its
 *   watchers woken, since pushes during the outage were not delivered.
 */

export const DEFAULT_LINGER_MS = 5_000;
const PREFIX = 'wake:{';

export const wakeChannel = (hex: string): string => `${PREFIX}${hex}}`;

export class RedisWakeBus {
  private readonly registry: WakeRegistry;
  /** Channels we have asked Redis to subscribe (commands on one connection apply in order). */
  private readonly requested = new Set<string>();
  private readonly dirty = new Set<string>();
  /** Unwatched channels still subscribed, with the time their last watcher left. */
  private readonly lingering = new Map<string, number>();
  private readonly timer: NodeJS.Timeout;
  private flushQueued = false;
  private closed = false;

  constructor(
    private readonly sub: Redis,
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
    sub.on('message', (channel: string) => {
      if (channel.startsWith(PREFIX)) this.registry.wake(channel.slice(PREFIX.length, -1));
    });
    sub.on('ready', () => {
      this.resubscribeAll();
    });
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
    for (const hex of hexes) this.requested.add(hex);
    this.sub.subscribe(...hexes.map(wakeChannel)).then(
      () => {
        this.registry.wakeMany(hexes);
      },
      (err: unknown) => {
        for (const hex of hexes) this.requested.delete(hex);
        this.onError(err);
        this.registry.wakeMany(hexes);
      },
    );
  }

  private unsubscribe(hexes: string[]): void {
    for (const hex of hexes) this.requested.delete(hex);
    this.sub.unsubscribe(...hexes.map(wakeChannel)).catch(this.onError);
  }

  private expireLingering(now: number): void {
    for (const [hex, since] of this.lingering) {
      if (now - since < this.lingerMs) continue;
      this.lingering.delete(hex);
      if (!this.registry.has(hex)) this.mark(hex);
    }
  }

  /** A (re)connected subscriber starts with no subscriptions (autoResubscribe is off). */
  private resubscribeAll(): void {
    this.requested.clear();
    this.lingering.clear();
    for (const hex of this.registry.keys()) this.mark(hex);
  }
}
