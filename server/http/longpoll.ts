import type { RelayLimits } from '../config';
import type { RelayStore } from '../store/types';
import { assembleBatches, hasEntries, readQueues, type PullPlan } from './queues';

type Outcome = 'wake' | 'timeout' | 'shutdown' | 'gone';

/**
 * A wake-up latch for one held long-poll. Wakes that arrive while the poll is re-reading are
 * remembered (not lost) and coalesced into one more read; a final outcome wins over wakes.
 */
class Waiter {
  private woken = false;
  private outcome: Exclude<Outcome, 'wake'> | undefined;
  private resolve: (() => void) | undefined;

  wake(): void {
    this.woken = true;
    this.resolve?.();
  }

  finish(outcome: Exclude<Outcome, 'wake'>): void {
    this.outcome ??= outcome;
    this.resolve?.();
  }

  async next(): Promise<Outcome> {
    if (this.outcome === undefined && !this.woken) {
      await new Promise<void>((resolve) => {
        this.resolve = resolve;
      });
    }
    this.resolve = undefined;
    if (this.outcome !== undefined) return this.outcome;
    this.woken = false;
    return 'wake';
  }
}

/** Every long-poll this relay holds, so shutdown can answer them all at once. */
export class HeldPolls {
  private readonly releases = new Set<() => void>();
  private closed = false;

  get size(): number {
    return this.releases.size;
  }

  isClosed(): boolean {
    return this.closed;
  }

  /** Registers a poll; returns its deregistration. A poll added after close is released at once. */
  add(release: () => void): () => void {
    if (this.closed) {
      release();
      return () => undefined;
    }
    this.releases.add(release);
    return () => this.releases.delete(release);
  }

  /** Shutdown: every held poll answers now with empty batches, and new ones do not wait. */
  releaseAll(): void {
    this.closed = true;
    for (const release of [...this.releases]) release();
    this.releases.clear();
  }
}

export interface PullContext {
  readonly store: RelayStore;
  readonly limits: RelayLimits;
  readonly polls: HeldPolls;
  readonly now: () => number;
}

/**
 * Answers a pull with its encoded batches (queues.ts assembleBatches): at once when any authorized key has entries or `waitMs` is 0; otherwise holds
 * it, watching every authorized key, until a wake finds entries, the wait runs out, the relay
 * shuts down (both: batches without entries) or the client disconnects (`undefined`: nobody to
 * answer). Gaps (`expired`) do not end the wait: they repeat until the cursor moves, so answering
 * early on them would turn the long-poll into a busy loop.
 * The watch is set up before the first read, so an entry pushed in between is never missed.
 */
export async function pullOrHold(
  ctx: PullContext,
  plans: readonly PullPlan[],
  waitMs: number,
  gone: AbortSignal,
): Promise<Uint8Array | undefined> {
  if (gone.aborted) return undefined;
  const keys = plans.filter((p) => p.authorized).map((p) => p.key);
  if (waitMs === 0 || keys.length === 0 || ctx.polls.isClosed()) {
    return assembleBatches(plans, await readQueues(ctx.store, plans, ctx.limits, ctx.now()));
  }
  const waiter = new Waiter();
  const unwatch = ctx.store.watch(keys, () => {
    waiter.wake();
  });
  const timer = setTimeout(() => {
    waiter.finish('timeout');
  }, waitMs);
  const deregister = ctx.polls.add(() => {
    waiter.finish('shutdown');
  });
  const onGone = (): void => {
    waiter.finish('gone');
  };
  gone.addEventListener('abort', onGone);
  try {
    for (;;) {
      const results = await readQueues(ctx.store, plans, ctx.limits, ctx.now());
      if (hasEntries(results)) return assembleBatches(plans, results);
      const outcome = await waiter.next();
      if (outcome === 'gone') return undefined;
      // Timeout or shutdown: the last read's batches (no entries, but their gap fields).
      if (outcome !== 'wake') return assembleBatches(plans, results);
    }
  } finally {
    unwatch();
    clearTimeout(timer);
    deregister();
    gone.removeEventListener('abort', onGone);
  }
}
