import type {
  QueueLimits,
  ReadResult,
  RelayStore,
  StoredEntry,
  StoredInvitation,
} from '../../store/types';

/**
 * A small in-memory RelayStore for unit tests of the HTTP layer (fault injection, clocks).
 * Not persisted and not shared between processes; the acceptance tests use the real stores.
 */
export class MemoryStore implements RelayStore {
  private readonly queues = new Map<string, { next: number; entries: StoredEntry[] }>();
  private readonly watchers = new Map<string, Set<() => void>>();
  private readonly invitations = new Map<string, StoredInvitation>();
  private readonly counters = new Map<string, { window: number; count: number }>();
  /** Set to make every call fail, as an unreachable store would. */
  failing = false;

  constructor(private readonly limits: QueueLimits) {}

  private check(): void {
    if (this.failing) throw new Error('store down');
  }

  private id(key: Uint8Array): string {
    return Buffer.from(key).toString('hex');
  }

  enqueue(lookupKey: Uint8Array, message: Uint8Array, now: number): Promise<number> {
    this.check();
    const id = this.id(lookupKey);
    const queue = this.queues.get(id) ?? { next: 1, entries: [] };
    this.queues.set(id, queue);
    const seq = queue.next++;
    queue.entries.push({ seq, message: Uint8Array.from(message), receivedAt: now });
    if (queue.entries.length > this.limits.maxLength) queue.entries.shift();
    for (const wake of this.watchers.get(id) ?? []) wake();
    return Promise.resolve(seq);
  }

  read(lookupKey: Uint8Array, after: number, max: number, now: number): Promise<ReadResult> {
    this.check();
    const live = (this.queues.get(this.id(lookupKey))?.entries ?? []).filter(
      (e) => e.seq > after && e.receivedAt + this.limits.ttlMs > now,
    );
    return Promise.resolve({ entries: live.slice(0, max), more: live.length > max });
  }

  ack(lookupKey: Uint8Array, cursor: number): Promise<void> {
    this.check();
    const queue = this.queues.get(this.id(lookupKey));
    if (queue) queue.entries = queue.entries.filter((e) => e.seq > cursor);
    return Promise.resolve();
  }

  watch(keys: readonly Uint8Array[], onWake: () => void): () => void {
    this.check();
    const ids = keys.map((k) => this.id(k));
    for (const id of ids) {
      const set = this.watchers.get(id) ?? new Set();
      set.add(onWake);
      this.watchers.set(id, set);
    }
    return () => {
      for (const id of ids) this.watchers.get(id)?.delete(onWake);
    };
  }

  createInvitation(invitation: StoredInvitation): Promise<boolean> {
    this.check();
    if (this.invitations.has(invitation.shortcode)) return Promise.resolve(false);
    this.invitations.set(invitation.shortcode, invitation);
    return Promise.resolve(true);
  }

  getInvitation(shortcode: string, now: number): Promise<StoredInvitation | undefined> {
    this.check();
    const found = this.invitations.get(shortcode);
    return Promise.resolve(found && found.expiresAt > now ? found : undefined);
  }

  deleteInvitation(shortcode: string): Promise<void> {
    this.check();
    this.invitations.delete(shortcode);
    return Promise.resolve();
  }

  hit(bucket: string, windowMs: number, now: number): Promise<number> {
    this.check();
    const window = Math.floor(now / windowMs);
    const counter = this.counters.get(bucket);
    const count = counter && counter.window === window ? counter.count + 1 : 1;
    this.counters.set(bucket, { window, count });
    return Promise.resolve(count);
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}
