/**
 * Per-peer serialization (DESIGN.md §5 "Concurrency"): operations on one peer run one after
 * another, because each reads the peer's ratchet state and writes the advanced one back; two
 * interleaved operations would both start from the same state (nonce reuse on send, lost
 * ratchet steps on receive). Different peers run concurrently: there is no global lock.
 */
export class PeerQueue {
  private readonly tails = new Map<string, Promise<unknown>>();

  /** Runs `fn` after every earlier operation on `key` settled; resolves with its result. */
  run<T>(key: string, fn: () => Promise<T> | T): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const result = previous.then(fn, fn);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(key, tail);
    // Forget idle keys so the map does not grow with every peer ever touched.
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }

  /** Resolves once every operation queued so far has settled. */
  async idle(): Promise<void> {
    await Promise.all([...this.tails.values()]);
  }
}
