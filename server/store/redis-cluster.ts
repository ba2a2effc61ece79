import { Cluster, type ClusterOptions } from 'ioredis';
import { closeClient, type PendingSubscribe, type WakeTransport } from './redis-wake';
import type { RedisNode } from './redis-target';

/**
 * The Redis store on a Redis Cluster. Every key carries a `{hash tag}` (redis.ts), so one
 * queue's keys, and its wake channel, hash to one slot: each script runs on the one master
 * owning the queue, and wakes use sharded pub/sub, so a push is announced only on that master's
 * shard (SPUBLISH inside the enqueue script) instead of being broadcast over the cluster bus to
 * every node as PUBLISH would be. Adding masters adds wake capacity.
 */

const RETRY = (attempt: number): number => Math.min(25 * 2 ** attempt, 1_000);

const BASE: ClusterOptions = {
  lazyConnect: true,
  clusterRetryStrategy: RETRY,
  // Fail commands fast during an outage (the HTTP layer answers 503 and the client retries):
  // one retry per node connection, and a moved or failing slot gives up after a few hops.
  redisOptions: { maxRetriesPerRequest: 1, connectTimeout: 5_000 },
  maxRedirections: 8,
};

/**
 * The command client. No offline queue: while the whole cluster is being reconnected a command
 * fails at once instead of waiting for an unknown time. No auto-pipelining: ioredis 5.9 groups
 * auto-pipelined commands by their first argument, which for EVALSHA is the script's SHA, not
 * a key, so pushes to queues on different masters would land in one pipeline and be rejected.
 */
export function clusterCommandClient(nodes: readonly RedisNode[]): Cluster {
  return new Cluster([...nodes], { ...BASE, enableOfflineQueue: false });
}

/**
 * Sharded pub/sub over ioredis's sharded subscribers: one subscriber connection per master,
 * chosen by the channel's slot, moved by ioredis when the slot map changes (failover,
 * resharding), after which it resubscribes its channels and emits 'subscribersReady' — our
 * reset, so the bus subscribes again and wakes once that is confirmed.
 *
 * Gaps of ioredis 5.9, and how they are closed here:
 * - After a reconnect of the whole client (every node was unreachable, or a ready check failed)
 *   its sharded subscribers are never recreated: disconnect() drops them but keeps the slot
 *   map, so the next reset sees "no change". A client that is ready again after a 'close' is
 *   therefore replaced by a fresh one.
 * - It records each SSUBSCRIBE in a per-slot list without deduplicating, and replays that list
 *   after every topology change. Re-subscribing a channel it already holds is therefore sent as
 *   SUNSUBSCRIBE + SSUBSCRIBE (same connection, in order), which keeps the list exact.
 * - An SSUBSCRIBE answered with MOVED never settles (ioredis only refreshes its slot map). The
 *   new topology ends in 'subscribersReady', whose resubscription wakes those watchers.
 *
 * SSUBSCRIBE takes channels of one slot only, so every channel is its own command; all the
 * commands of one tick still leave together.
 */
export class ShardedWakeTransport implements WakeTransport {
  readonly publishCommand = 'SPUBLISH';
  private client: Cluster;
  /** Channels ioredis may hold in its list for the current client. */
  private readonly held = new Set<string>();
  private onMessage: (channel: string) => void = () => undefined;
  private onReset: () => void = () => undefined;
  private closed = false;

  constructor(
    private readonly nodes: readonly RedisNode[],
    private readonly onError: (err: unknown) => void,
  ) {
    this.client = this.create();
  }

  connect(): Promise<void> {
    return this.client.connect();
  }

  subscribe(channels: readonly string[]): readonly PendingSubscribe[] {
    const client = this.client;
    return channels.map((channel) => {
      // A channel held already goes out first, so ioredis's list keeps one copy.
      if (this.held.has(channel)) settle(() => client.sunsubscribe(channel)).catch(this.onError);
      this.held.add(channel);
      return { channels: [channel], done: settle(() => client.ssubscribe(channel)) };
    });
  }

  unsubscribe(channels: readonly string[]): Promise<unknown> {
    const client = this.client;
    return Promise.all(
      channels.map((channel) => {
        this.held.delete(channel);
        return settle(() => client.sunsubscribe(channel));
      }),
    );
  }

  listen(onMessage: (channel: string) => void, onReset: () => void): void {
    this.onMessage = onMessage;
    this.onReset = onReset;
  }

  disconnect(): void {
    this.closed = true;
    this.client.disconnect();
  }

  close(): Promise<void> {
    this.closed = true;
    return closeClient(this.client);
  }

  private create(): Cluster {
    const client = new Cluster([...this.nodes], { ...BASE, shardedSubscribers: true });
    // Events of a replaced client are ignored; its errors still need a listener.
    const current = (): boolean => client === this.client && !this.closed;
    for (const event of ['error', 'node error', 'nodeError']) {
      client.on(event, (err: unknown) => {
        if (current()) this.onError(err);
      });
    }
    client.on('smessage', (channel: string) => {
      if (current()) this.onMessage(channel);
    });
    client.on('subscribersReady', () => {
      if (current()) this.onReset();
    });
    // Any disconnect may have dropped the sharded subscribers for good (see above), including
    // one during this client's first connect (e.g. a failed ready check while the cluster
    // state is still "fail"), so being ready again after a 'close' means a fresh client.
    let dropped = false;
    client.on('close', () => {
      dropped = true;
    });
    client.on('ready', () => {
      if (dropped && current()) this.replace();
    });
    return client;
  }

  /** A fresh client; its first 'subscribersReady' makes the bus subscribe everything again. */
  private replace(): void {
    const old = this.client;
    this.held.clear();
    this.client = this.create();
    old.disconnect();
    // It retries by itself until the cluster answers; failures reach onError meanwhile.
    this.client.connect().catch(() => undefined);
  }
}

/**
 * ioredis routes a sharded (un)subscription synchronously and may throw while its slot map is
 * incomplete: make that a rejection like any other failure.
 */
function settle(command: () => Promise<unknown>): Promise<unknown> {
  try {
    return command();
  } catch (err) {
    return Promise.reject(err instanceof Error ? err : new Error(String(err)));
  }
}
