/**
 * Group commit: calls that arrive together for one key are handled as one group, in one task
 * of the engine's KeyedQueue for that key (so with the same per-peer exclusion as any other
 * operation on it). The first call for a key queues a task; calls that arrive before that task
 * starts — and, once it runs, while it is committing — join the waiting list, and the next task
 * takes them: a burst of sends becomes a few large groups instead of one commit each, while a
 * lone call still runs at once. Items leave in the order they were added; a group holds at most
 * `maxGroup` items (the rest wait for the next task, queued right behind).
 *
 * `run` settles the group: it returns one entry per item, `undefined` for success or the error
 * that item's caller gets; if it throws, every item of the group gets that error. Each caller's
 * promise settles only after its group's task has finished (its commit included).
 */
import type { KeyedQueue } from '../../../core/util/keyed-queue';

interface Waiting<T> {
  readonly item: T;
  readonly resolve: () => void;
  readonly reject: (err: unknown) => void;
}

export type GroupRunner<T> = (key: string, items: readonly T[]) => Promise<readonly unknown[]>;

export class GroupCommit<T> {
  private readonly waiting = new Map<string, Waiting<T>[]>();

  constructor(
    private readonly queue: KeyedQueue,
    private readonly run: GroupRunner<T>,
    private readonly maxGroup: number,
  ) {}

  /** Resolves once `item`'s group has been handled without an error for it. */
  add(key: string, item: T): Promise<void> {
    return new Promise((resolve, reject) => {
      const list = this.waiting.get(key);
      if (list) {
        list.push({ item, resolve, reject });
        return;
      }
      this.waiting.set(key, [{ item, resolve, reject }]);
      this.schedule(key);
    });
  }

  private schedule(key: string): void {
    // runGroup settles every caller itself and never rejects.
    void this.queue.run(key, () => this.runGroup(key));
  }

  private async runGroup(key: string): Promise<void> {
    const list = this.waiting.get(key) ?? [];
    const group = list.splice(0, this.maxGroup);
    // What is left goes next, right behind this task; later calls start a new list.
    if (list.length > 0) this.schedule(key);
    else this.waiting.delete(key);
    if (group.length === 0) return;
    let results: readonly unknown[];
    try {
      results = await this.run(
        key,
        group.map((w) => w.item),
      );
    } catch (err) {
      for (const w of group) w.reject(err);
      return;
    }
    group.forEach((w, i) => {
      const err = results[i];
      if (err === undefined) w.resolve();
      else w.reject(err);
    });
  }
}
