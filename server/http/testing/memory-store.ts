import { gapFields, seqBase } from '../../store/codec';
import {
  admitInSteps,
  type Admission,
  type AdmitRequest,
  type EnqueueResult,
  type QueueLimits,
  type ReadResult,
  type RelayStore,
  type StoredEntry,
  type StoredInvitation,
} from '../../store/types';

interface MemoryQueue {
  last: number;
  acked: number;
  base: number;
  entries: StoredEntry[];
}

/**
 * A small in-memory RelayStore for unit tests of the HTTP layer (fault injection, clocks).
 * Not persisted, not shared between processes, and without metadata expiry; the acceptance tests
 * use the real stores, which the store contract (store/contract.ts) holds to the full semantics.
 */
export class MemoryStore implements RelayStore {
  private readonly queues = new Map<string, MemoryQueue>();
  private readonly watchers = new Map<string, Set<() => void>>();
  private readonly invitations = new Map<string, StoredInvitation>();
  private readonly counters = new Map<string, { window: number; count: number }>();
  private readonly seen = new Map<string, number>();
  /** Set to make every call fail, as an unreachable store would. */
  failing = false;

  constructor(private readonly limits: QueueLimits) {}

  private check(): void {
    if (this.failing) throw new Error('store down');
  }

  private id(key: Uint8Array): string {
    return Buffer.from(key).toString('hex');
  }

  private live(queue: MemoryQueue, now: number): StoredEntry[] {
    queue.entries = queue.entries.filter((e) => e.receivedAt + this.limits.ttlMs > now);
    return queue.entries;
  }

  enqueue(lookupKey: Uint8Array, message: Uint8Array, now: number): Promise<EnqueueResult> {
    this.check();
    const id = this.id(lookupKey);
    const base = seqBase(now);
    const queue = this.queues.get(id) ?? { last: base, acked: base, base, entries: [] };
    this.queues.set(id, queue);
    const entries = this.live(queue, now);
    const bytes = entries.reduce((sum, e) => sum + e.message.length, 0);
    const { maxLength, maxBytes } = this.limits;
    if (entries.length >= maxLength || bytes + message.length > maxBytes) {
      return Promise.resolve({ ok: false });
    }
    const seq = (queue.last += 1);
    entries.push({ seq, message: Uint8Array.from(message), receivedAt: now });
    for (const wake of this.watchers.get(id) ?? []) wake();
    return Promise.resolve({ ok: true, seq });
  }

  async enqueueAll(
    lookupKey: Uint8Array,
    messages: readonly Uint8Array[],
    now: number,
  ): Promise<EnqueueResult[]> {
    const results: EnqueueResult[] = [];
    for (const message of messages) results.push(await this.enqueue(lookupKey, message, now));
    return results;
  }

  read(lookupKey: Uint8Array, after: number, max: number, now: number): Promise<ReadResult> {
    this.check();
    const queue = this.queues.get(this.id(lookupKey));
    const entries = queue ? this.live(queue, now) : [];
    const wanted = entries.filter((e) => e.seq > after);
    return Promise.resolve({
      entries: wanted.slice(0, max),
      more: wanted.length > max,
      ...gapFields(queue, entries[0]?.seq, after),
    });
  }

  ack(lookupKey: Uint8Array, cursor: number): Promise<void> {
    this.check();
    const queue = this.queues.get(this.id(lookupKey));
    if (queue) {
      queue.acked = Math.max(queue.acked, Math.min(cursor, queue.last));
      queue.entries = queue.entries.filter((e) => e.seq > cursor);
    }
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

  hit(bucket: string, windowMs: number, now: number, by = 1): Promise<number> {
    this.check();
    const window = Math.floor(now / windowMs);
    const counter = this.counters.get(bucket);
    const count = (counter && counter.window === window ? counter.count : 0) + by;
    this.counters.set(bucket, { window, count });
    return Promise.resolve(count);
  }

  remember(id: string, ttlMs: number, now: number): Promise<boolean> {
    this.check();
    if ((this.seen.get(id) ?? -Infinity) > now) return Promise.resolve(false);
    this.seen.set(id, now + ttlMs);
    return Promise.resolve(true);
  }

  admit(request: AdmitRequest, now: number): Promise<Admission> {
    return admitInSteps(this, request, now);
  }

  /** Operations are not sent ahead of their admission here: see RelayStore. */
  afterAdmission(): undefined {
    return undefined;
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}
