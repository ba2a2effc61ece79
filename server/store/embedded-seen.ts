import { KeyedQueue } from '../../core/util/keyed-queue';
import { dbGet, type Db } from './embedded-queues';

/**
 * The embedded store's replay window: `r/<id hex>` → expiry (ms since epoch, decimal text).
 * Persisted rather than kept in memory, so restarting the relay does not reopen the window for
 * requests it already served; a sweep deletes expired records. One lock per id makes "seen?"
 * and "record" one step, so two copies of a request racing each other cannot both pass.
 */
const seenKey = (id: string): string => `r/${id}`;

export class SeenRequests {
  private readonly locks = new KeyedQueue();

  constructor(private readonly db: Db) {}

  remember(id: string, ttlMs: number, now: number): Promise<boolean> {
    const key = seenKey(id);
    return this.locks.run(key, async () => {
      const stored = await dbGet(this.db, key);
      if (stored && Number(Buffer.from(stored).toString()) > now) return false;
      await this.db.put(key, Buffer.from(String(now + ttlMs)));
      return true;
    });
  }

  /** Deletes expired records (each re-checked under its lock, as a request may renew it). */
  async sweep(now: number): Promise<void> {
    for await (const [key, value] of this.db.iterator({ gte: 'r/', lt: 'r0' })) {
      if (Number(Buffer.from(value).toString()) > now) continue;
      await this.locks.run(key, async () => {
        const stored = await dbGet(this.db, key);
        if (stored && Number(Buffer.from(stored).toString()) <= now) await this.db.del(key);
      });
    }
  }

  idle(): Promise<void> {
    return this.locks.idle();
  }
}
