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

/** Admission of every POST /v1: per connection (in memory) and per address (in the store). */
export class RequestLimiter {
  /** Dies with its socket, so a flood of connections does not grow it. */
  private readonly connections = new WeakMap<Socket, Window>();
  readonly polls: PollSlots;

  constructor(
    private readonly store: RelayStore,
    private readonly limits: RelayLimits,
  ) {
    this.polls = new PollSlots(limits.maxHeldPollsPerAddress, limits.maxHeldPolls);
  }

  /** Throws RATE_LIMITED when this request is over a limit; the connection is checked first (free). */
  async admit(address: string, socket: Socket, now: number): Promise<void> {
    const perConnection = {
      limit: this.limits.requestsPerConnectionPerMinute,
      windowMs: MINUTE_MS,
    };
    if (this.countConnection(socket, now) > perConnection.limit) {
      throw rateLimited('requests on this connection', retryAfterMs(perConnection, now));
    }
    const perAddress = { limit: this.limits.requestsPerAddressPerMinute, windowMs: MINUTE_MS };
    await enforce(this.store, `req:${address}`, perAddress, now, 'requests from this address');
  }

  private countConnection(socket: Socket, now: number): number {
    const index = Math.floor(now / MINUTE_MS);
    const window = this.connections.get(socket);
    if (window?.index === index) return (window.count += 1);
    this.connections.set(socket, { index, count: 1 });
    return 1;
  }
}
