/**
 * PeerStorage's write-through cache of decoded records, so that the engine's load before every
 * message is a lookup instead of an open + JSON parse of the whole record.
 *
 * The cache must never hold anything the disk does not: an entry is dropped when a write or
 * delete of its uid starts, and set again only once that write is durable (and no later write
 * or delete of the uid has started meanwhile). A failed write leaves the uid uncached, so the
 * next load reads the disk. A read from disk fills the cache only if no write of the uid was in
 * flight or started while it read. Only the PeerStorage that owns the LevelDB (one per
 * process, LevelDB's lock) writes it, so nothing else can make an entry stale.
 *
 * Entries are deep-frozen: callers get the cached object itself, and a caller that changed it
 * in place would change what later loads return without anything being written.
 */

/** A decoded record and whether its main record on disk is in the split format. */
export interface Cached<T> {
  readonly value: T;
  readonly split: boolean;
}

/** Most uids kept; beyond it the least recently stored or loaded is dropped. */
const MAX_ENTRIES = 4096;

export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

export class PeerCache<T> {
  private readonly entries = new Map<string, Cached<T>>();
  /** Writes and deletes in flight per uid. */
  private readonly inFlight = new Map<string, number>();
  /** The ticket of the last write or delete started per uid (uids written since opening). */
  private readonly lastTicket = new Map<string, number>();
  private tickets = 0;

  /** The cached record, unless a write of it is in flight (then only the disk knows). */
  get(uid: string): Cached<T> | undefined {
    return this.inFlight.has(uid) ? undefined : this.entries.get(uid);
  }

  /** Call before reading `uid` from disk; pass the result to `filled`. */
  readTicket(uid: string): number | undefined {
    return this.inFlight.has(uid) ? -1 : this.lastTicket.get(uid);
  }

  /** Caches what a disk read returned, if no write of the uid ran meanwhile. */
  filled(uid: string, ticket: number | undefined, entry: Cached<T>): void {
    if (ticket !== -1 && !this.inFlight.has(uid) && this.lastTicket.get(uid) === ticket) {
      this.put(uid, entry);
    }
  }

  /** A write or delete of `uid` starts: its entry goes; `finished` must follow. */
  started(uid: string): number {
    this.entries.delete(uid);
    this.inFlight.set(uid, (this.inFlight.get(uid) ?? 0) + 1);
    this.tickets += 1;
    this.lastTicket.set(uid, this.tickets);
    return this.tickets;
  }

  /**
   * The write with `ticket` ended: `entry` is what is now durable on disk (undefined: it failed,
   * or it was a delete). Cached only if no other write or delete of the uid is in flight or
   * started after it: LevelDB may apply concurrent writes of one key in either order.
   */
  finished(uid: string, ticket: number, entry: Cached<T> | undefined): void {
    const left = (this.inFlight.get(uid) ?? 1) - 1;
    if (left > 0) this.inFlight.set(uid, left);
    else this.inFlight.delete(uid);
    if (entry !== undefined && left <= 0 && this.lastTicket.get(uid) === ticket) {
      this.put(uid, entry);
    }
  }

  clear(): void {
    this.entries.clear();
  }

  private put(uid: string, entry: Cached<T>): void {
    this.entries.delete(uid);
    this.entries.set(uid, entry);
    if (this.entries.size > MAX_ENTRIES) {
      const oldest = this.entries.keys().next();
      if (oldest.done !== true) this.entries.delete(oldest.value);
    }
  }
}
