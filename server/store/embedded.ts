import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Level } from 'level';
import { decodeInvitation, encodeInvitation, toHex, windowOf } from './codec';
import { dbGet, LevelQueues, type Db } from './embedded-queues';
import { SeenRequests } from './embedded-seen';
import { KeyedQueue } from '../../core/util/keyed-queue';
import {
  admitInSteps,
  type Admission,
  type AdmitRequest,
  type EnqueueResult,
  type QueueLimits,
  type ReadResult,
  type RelayStore,
  type StoredInvitation,
} from './types';
import { enqueueOne } from './enqueue-one';
import { WakeRegistry } from './watch';

/**
 * The default store: runs in-process, persisted with LevelDB under `<dataDir>/store`, so queued
 * messages and invitations survive the relay being killed (even SIGKILL: a write resolves once it
 * is in LevelDB's log, i.e. handed to the OS) and restarted. Writes are not fsynced, so a power
 * loss or kernel crash may lose the last moments — the price of not paying an fsync per push.
 * Queue layout: embedded-queues.ts. Replay window: embedded-seen.ts (`r/<id>`).
 * Invitations: `i/<shortcode>` → JSON record.
 *
 * Rate-limit counters live in memory only: a restart forgets them, which at worst grants one
 * extra window of attempts — not worth a disk write per request. The replay window, in
 * contrast, is on disk: forgetting it would let a captured request be replayed after a restart.
 *
 * Clock: every time-dependent decision uses the `now` callers pass. Background cleanup and
 * `createInvitation` (which has no `now`) use the latest `now` seen, so an injected test clock is
 * never mixed with the wall clock.
 */

export interface EmbeddedStoreOptions {
  /** Errors of watcher callbacks and of background sweeps. Default: ignored. */
  readonly onError?: (err: unknown) => void;
}

/** How often expired entries, metadata, replay records and invitations are deleted. */
const SWEEP_INTERVAL_MS = 60_000;

interface Counter {
  window: number;
  /** When this window ends (ms since epoch); the counter is garbage after that. */
  endsAt: number;
  count: number;
}

export class EmbeddedStore implements RelayStore {
  private readonly registry: WakeRegistry;
  private readonly queues: LevelQueues;
  private readonly seen: SeenRequests;
  private readonly invitationLocks = new KeyedQueue();
  private readonly counters = new Map<string, Counter>();
  private readonly timer: NodeJS.Timeout;
  private lastNow: number | undefined;
  private sweeping: Promise<void> | undefined;
  private closed = false;

  private constructor(
    private readonly db: Db,
    limits: QueueLimits,
    onError: (err: unknown) => void,
  ) {
    this.registry = new WakeRegistry(onError);
    this.queues = new LevelQueues(db, limits);
    this.seen = new SeenRequests(db);
    this.timer = setInterval(() => {
      this.sweep().catch(onError);
    }, SWEEP_INTERVAL_MS);
    // The sweep is housekeeping; it must never keep the process alive.
    this.timer.unref();
  }

  static async open(
    dataDir: string,
    limits: QueueLimits,
    options: EmbeddedStoreOptions = {},
  ): Promise<EmbeddedStore> {
    const location = join(dataDir, 'store');
    await mkdir(location, { recursive: true });
    const db: Db = new Level<string, Uint8Array>(location, {
      keyEncoding: 'utf8',
      valueEncoding: 'view',
    });
    try {
      await db.open();
    } catch (err) {
      // LevelDB's LOCK file: another relay process already uses this folder.
      const locked = (err as { cause?: { code?: string } }).cause?.code === 'LEVEL_LOCKED';
      const reason = locked ? 'is in use by another process' : 'cannot be opened';
      throw new Error(`embedded store ${location} ${reason}`, { cause: err });
    }
    const store = new EmbeddedStore(db, limits, options.onError ?? (() => undefined));
    try {
      await store.queues.dropOldLayout();
    } catch (err) {
      await store.close();
      throw err;
    }
    return store;
  }

  enqueue(lookupKey: Uint8Array, message: Uint8Array, now: number): Promise<EnqueueResult> {
    return enqueueOne(this, lookupKey, message, now);
  }

  async enqueueAll(
    lookupKey: Uint8Array,
    messages: readonly Uint8Array[],
    now: number,
  ): Promise<EnqueueResult[]> {
    this.observe(now);
    const hex = toHex(lookupKey);
    const results = await this.queues.enqueueAll(hex, messages, now);
    // Only after the write resolved, so a woken reader finds the entries.
    if (results.some((r) => r.ok)) this.registry.wake(hex);
    return results;
  }

  read(lookupKey: Uint8Array, after: number, max: number, now: number): Promise<ReadResult> {
    this.observe(now);
    return this.queues.read(toHex(lookupKey), after, max, now);
  }

  ack(lookupKey: Uint8Array, cursor: number, now: number): Promise<void> {
    this.observe(now);
    return this.queues.ack(toHex(lookupKey), cursor, now);
  }

  watch(keys: readonly Uint8Array[], onWake: () => void): () => void {
    return this.registry.watch(keys, onWake);
  }

  createInvitation(invitation: StoredInvitation): Promise<boolean> {
    const key = invitationKey(invitation.shortcode);
    return this.invitationLocks.run(key, async () => {
      const existing = await dbGet(this.db, key);
      // A leftover the sweep has not deleted yet does not block its shortcode.
      if (existing && decodeInvitation(text(existing)).expiresAt > this.clock()) return false;
      await this.db.put(key, Buffer.from(encodeInvitation(invitation)));
      return true;
    });
  }

  async getInvitation(shortcode: string, now: number): Promise<StoredInvitation | undefined> {
    this.observe(now);
    const stored = await dbGet(this.db, invitationKey(shortcode));
    if (!stored) return undefined;
    const invitation = decodeInvitation(text(stored));
    if (invitation.expiresAt > now) return invitation;
    await this.deleteExpiredInvitation(invitationKey(shortcode), now);
    return undefined;
  }

  deleteInvitation(shortcode: string): Promise<void> {
    const key = invitationKey(shortcode);
    return this.invitationLocks.run(key, () => this.db.del(key));
  }

  hit(bucket: string, windowMs: number, now: number, by = 1): Promise<number> {
    this.observe(now);
    const window = windowOf(windowMs, now);
    const counter = this.counters.get(bucket);
    if (counter?.window === window) {
      counter.count += by;
      return Promise.resolve(counter.count);
    }
    if (by === 0) return Promise.resolve(0);
    const endsAt = (window + 1) * Math.max(1, windowMs);
    this.counters.set(bucket, { window, endsAt, count: by });
    return Promise.resolve(by);
  }

  remember(id: string, ttlMs: number, now: number): Promise<boolean> {
    this.observe(now);
    return this.seen.remember(id, ttlMs, now);
  }

  admit(request: AdmitRequest, now: number): Promise<Admission> {
    return admitInSteps(this, request, now);
  }

  /** Operations are not sent ahead of their admission here: see RelayStore. */
  afterAdmission(): undefined {
    return undefined;
  }

  /**
   * Deletes expired queue entries, idle queue metadata, expired replay records and invitations,
   * and forgets counters of past windows. Runs on a timer; public so tests can run it
   * deterministically.
   */
  sweep(): Promise<void> {
    if (this.closed || this.lastNow === undefined) return Promise.resolve();
    const now = this.lastNow;
    this.sweeping ??= this.sweepAll(now).finally(() => {
      this.sweeping = undefined;
    });
    return this.sweeping;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.timer);
    await this.sweeping?.catch(() => undefined);
    await Promise.all([this.queues.drain(), this.invitationLocks.idle(), this.seen.idle()]);
    await this.db.close();
  }

  private async sweepAll(now: number): Promise<void> {
    await this.queues.sweep(now);
    await this.seen.sweep(now);
    for await (const [key, value] of this.db.iterator({ gte: 'i/', lt: 'i0' })) {
      if (decodeInvitation(text(value)).expiresAt <= now) {
        await this.deleteExpiredInvitation(key, now);
      }
    }
    // Counters are only ever compared with the current window, so older ones are dead weight.
    for (const [bucket, counter] of this.counters) {
      if (counter.endsAt <= now) this.counters.delete(bucket);
    }
  }

  /** Re-checks under the lock: a new invitation may have replaced the expired one meanwhile. */
  private deleteExpiredInvitation(key: string, now: number): Promise<void> {
    return this.invitationLocks.run(key, async () => {
      const stored = await dbGet(this.db, key);
      if (stored && decodeInvitation(text(stored)).expiresAt <= now) await this.db.del(key);
    });
  }

  private observe(now: number): void {
    if (this.lastNow === undefined || now > this.lastNow) this.lastNow = now;
  }

  private clock(): number {
    return this.lastNow ?? Date.now();
  }
}

const invitationKey = (shortcode: string): string => `i/${shortcode}`;
const text = (bytes: Uint8Array): string =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
