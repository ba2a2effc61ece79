import type { Socket } from 'node:net';
import type { RelayLimits } from '../config';
import { RelayError } from '../errors';
import type { RelayStore } from '../store/types';

/**
 * The relay's request limits, keyed only on what a client cannot choose: its address (as a keyed
 * hash, address.ts) and its TCP connection. Fixed windows: cheap (one counter per bucket), and
 * the retry time is simply the rest of the window. Going over any limit is RATE_LIMITED with
 * `retry_after_ms` (HTTP 429 + Retry-After), before the request has done anything.
 */
export interface Rule {
  readonly limit: number;
  readonly windowMs: number;
}

export const MINUTE_MS = 60_000;
/** How long a client refused a held-poll slot should wait: polls end within their wait time. */
export const HELD_POLL_RETRY_MS = 5_000;

/** Fixed windows start at multiples of windowMs, so this is when the counter resets. */
export function retryAfterMs(rule: Rule, now: number): number {
  return rule.windowMs - (now % rule.windowMs);
}

export function rateLimited(what: string, retryMs: number): RelayError {
  return new RelayError('RATE_LIMITED', `too many ${what}`, Math.max(1, Math.ceil(retryMs)));
}

/** Counts one hit on `bucket` (a store counter, shared by instances) and throws over `rule`. */
export async function enforce(
  store: RelayStore,
  bucket: string,
  rule: Rule,
  now: number,
  what: string,
): Promise<void> {
  if ((await store.hit(bucket, rule.windowMs, now)) > rule.limit) {
    throw rateLimited(what, retryAfterMs(rule, now));
  }
}

interface Window {
  index: number;
  count: number;
}

/**
 * Held long-poll slots of this instance, per client address and in total. A slot is taken for
 * the whole life of a request that may be held, before it does anything, and always given back.
 */
export class PollSlots {
  private readonly byAddress = new Map<string, number>();
  private total = 0;

  constructor(
    private readonly perAddress: number,
    private readonly overall: number,
  ) {}

  get size(): number {
    return this.total;
  }

  /** Takes a slot for `address`, or throws RATE_LIMITED; returns the (idempotent) release. */
  reserve(address: string): () => void {
    const held = this.byAddress.get(address) ?? 0;
    if (held >= this.perAddress || this.total >= this.overall) {
      throw rateLimited('held long-polls', HELD_POLL_RETRY_MS);
    }
    this.byAddress.set(address, held + 1);
    this.total += 1;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.total -= 1;
      const left = (this.byAddress.get(address) ?? 1) - 1;
      if (left > 0) this.byAddress.set(address, left);
      else this.byAddress.delete(address);
    };
  }
}

/**
 * Admission of every POST /v1: per connection (in memory) and per address (in the store).
 *
 * The per-address counter is counted in the same store step as the request's replay record
 * (`store.admit`: one Redis script), after the envelope is opened: one round trip of
 * bookkeeping per request instead of two. Before the body is read only what costs nothing is
 * checked — the connection's counter, and whether this instance already saw the address over
 * its limit in the current window — so an address over its limit pays for one read and one
 * open per instance and window, and is then refused before its body is read, as before.
 * Requests that never reach the replay check (an envelope that does not open, a bad shape or
 * clock) are counted on their own (`count`), so they too use up the address's allowance.
 */
export class RequestLimiter {
  /** Dies with its socket, so a flood of connections does not grow it. */
  private readonly connections = new WeakMap<Socket, Window>();
  /** Addresses seen over the limit in window `limitedWindow` (cleared when it ends). */
  private readonly limited = new Set<string>();
  private limitedWindow = -1;
  readonly polls: PollSlots;

  constructor(
    private readonly store: RelayStore,
    private readonly limits: RelayLimits,
  ) {
    this.polls = new PollSlots(limits.maxHeldPollsPerAddress, limits.maxHeldPolls);
  }

  private get perAddress(): Rule {
    return { limit: this.limits.requestsPerAddressPerMinute, windowMs: MINUTE_MS };
  }

  /**
   * Before the body: throws RATE_LIMITED when this connection is over its limit, or when this
   * instance already saw the address over its limit in this window (no store call).
   */
  admit(address: string, socket: Socket, now: number): void {
    const perConnection = {
      limit: this.limits.requestsPerConnectionPerMinute,
      windowMs: MINUTE_MS,
    };
    if (this.countConnection(socket, now) > perConnection.limit) {
      throw rateLimited('requests on this connection', retryAfterMs(perConnection, now));
    }
    if (this.isLimited(address, now)) throw this.addressLimited(now);
  }

  /**
   * After the open: counts the request on its address and records it in the replay window, in
   * one store step; throws RATE_LIMITED (nothing recorded) or REPLAYED. `token` is what the
   * record holds (RelayStore.afterAdmission).
   */
  async admitRequest(
    address: string,
    id: string,
    ttlMs: number,
    now: number,
    token?: string,
  ): Promise<void> {
    const rule = this.perAddress;
    const bucket = `req:${address}`;
    const outcome = await this.store.admit(
      { bucket, windowMs: rule.windowMs, limit: rule.limit, id, ttlMs, ...(token && { token }) },
      now,
    );
    if (outcome === 'limited') throw this.markLimited(address, now);
    if (outcome === 'replayed') throw new RelayError('REPLAYED', 'this request was already served');
  }

  /**
   * `admitRequest` for POST /v1/blob: the same replay record, counted in a bucket of its own
   * (`blob:<addr>`, `blob-requests-per-address-per-minute`), so a large transfer — one
   * request per 256 KiB chunk — neither starves nor is starved by the address's messaging.
   */
  async admitBlob(address: string, id: string, ttlMs: number, now: number): Promise<void> {
    const rule = { limit: this.limits.blobRequestsPerAddressPerMinute, windowMs: MINUTE_MS };
    const bucket = `blob:${address}`;
    const outcome = await this.store.admit({ bucket, ...rule, id, ttlMs }, now);
    if (outcome === 'limited') throw rateLimited('blob requests', retryAfterMs(rule, now));
    if (outcome === 'replayed') throw new RelayError('REPLAYED', 'this request was already served');
  }

  /** Counts a request that will not reach `admitRequest`; throws RATE_LIMITED over the limit. */
  async count(address: string, now: number): Promise<void> {
    const rule = this.perAddress;
    if ((await this.store.hit(`req:${address}`, rule.windowMs, now)) > rule.limit) {
      throw this.markLimited(address, now);
    }
  }

  private isLimited(address: string, now: number): boolean {
    return this.limitedWindow === Math.floor(now / MINUTE_MS) && this.limited.has(address);
  }

  private markLimited(address: string, now: number): RelayError {
    const window = Math.floor(now / MINUTE_MS);
    if (window !== this.limitedWindow) {
      this.limited.clear();
      this.limitedWindow = window;
    }
    this.limited.add(address);
    return this.addressLimited(now);
  }

  private addressLimited(now: number): RelayError {
    return rateLimited('requests from this address', retryAfterMs(this.perAddress, now));
  }

  private countConnection(socket: Socket, now: number): number {
    const index = Math.floor(now / MINUTE_MS);
    const window = this.connections.get(socket);
    if (window?.index === index) return (window.count += 1);
    this.connections.set(socket, { index, count: 1 });
    return 1;
  }
}
