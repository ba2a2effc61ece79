import { toHex } from './codec';

/**
 * In-process registry of long-poll watchers, keyed by queue (lookup key hex). Both stores use it:
 * the embedded store wakes it directly after a write, the Redis store from its subscriber.
 *
 * Cost is O(keys) Map/Set operations per watch and per unwatch, so a 1,000-key long-poll costs
 * well under a millisecond. `onFirst`/`onLast` let the Redis store reference-count channel
 * subscriptions: one SUBSCRIBE per key however many polls on this instance watch it.
 */
export interface RegistryHooks {
  /** `hex` just got its first watcher. */
  onFirst(hex: string): void;
  /** `hex` just lost its last watcher. */
  onLast(hex: string): void;
}

/** Boxed so that one callback registered twice is two independent watchers. */
interface Watcher {
  readonly onWake: () => void;
}

export class WakeRegistry {
  private readonly byKey = new Map<string, Set<Watcher>>();

  /**
   * `onError` receives what a watcher callback throws: one faulty watcher must neither starve the
   * others nor fail the enqueue (or the Redis message handler) that woke it.
   */
  constructor(
    private readonly onError: (err: unknown) => void,
    private readonly hooks?: RegistryHooks,
  ) {}

  /** Returns an idempotent unsubscribe. Duplicate keys count once (one wake per enqueue). */
  watch(keys: readonly Uint8Array[], onWake: () => void): () => void {
    const watcher: Watcher = { onWake };
    const hexes = new Set(keys.map(toHex));
    for (const hex of hexes) this.add(hex, watcher);
    let active = true;
    return () => {
      if (!active) return;
      active = false;
      for (const hex of hexes) this.remove(hex, watcher);
    };
  }

  /** Calls every watcher of `hex` once. */
  wake(hex: string): void {
    const watchers = this.byKey.get(hex);
    if (!watchers) return;
    // Copy: a callback may unsubscribe (or subscribe) while we iterate.
    for (const watcher of [...watchers]) this.call(watcher);
  }

  /** Wakes every watcher of any of `hexes` once (a spurious wake is allowed, a lost one is not). */
  wakeMany(hexes: Iterable<string>): void {
    const woken = new Set<Watcher>();
    for (const hex of hexes) {
      for (const watcher of this.byKey.get(hex) ?? []) woken.add(watcher);
    }
    for (const watcher of woken) this.call(watcher);
  }

  has(hex: string): boolean {
    return this.byKey.has(hex);
  }

  /** Keys that currently have at least one watcher. */
  keys(): string[] {
    return [...this.byKey.keys()];
  }

  get size(): number {
    return this.byKey.size;
  }

  private call(watcher: Watcher): void {
    try {
      watcher.onWake();
    } catch (err) {
      this.onError(err);
    }
  }

  private add(hex: string, watcher: Watcher): void {
    let set = this.byKey.get(hex);
    if (!set) {
      set = new Set();
      this.byKey.set(hex, set);
      set.add(watcher);
      this.hooks?.onFirst(hex);
      return;
    }
    set.add(watcher);
  }

  private remove(hex: string, watcher: Watcher): void {
    const set = this.byKey.get(hex);
    if (!set?.delete(watcher) || set.size > 0) return;
    this.byKey.delete(hex);
    this.hooks?.onLast(hex);
  }
}
