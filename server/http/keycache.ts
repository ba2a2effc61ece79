import type { BoxKeyFor, ServerEnvelopeVersion } from '../../core/envelope/server';

/**
 * A bounded least-recently-used map from a client's request key (with the envelope version:
 * the same bytes mean an X25519 key in versions 2 and 3 and an Ed25519 key in version 1) to the
 * precomputed box key it shares with the relay. A client that reuses its key then costs one box
 * open per request instead of an X25519 DH. The app uses a fresh key for every request, so hits
 * are rare and the cache is kept small: its bound is what keeps a stream of throwaway keys from
 * growing memory, and a miss only costs that request one DH.
 */
export class BoxKeyCache {
  private readonly entries = new Map<string, Uint8Array>();

  constructor(
    private readonly compute: BoxKeyFor,
    private readonly capacity = 1_024,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  /** The shared key for `from`, computed on a miss. Bound so it can be passed as a callback. */
  readonly get = (from: Uint8Array, version: ServerEnvelopeVersion): Uint8Array => {
    const id = `${version}:${Buffer.from(from.buffer, from.byteOffset, from.byteLength).toString('base64')}`;
    const hit = this.entries.get(id);
    if (hit) {
      // Re-insert so Map iteration order (oldest first) tracks recency.
      this.entries.delete(id);
      this.entries.set(id, hit);
      return hit;
    }
    const key = this.compute(from, version);
    this.entries.set(id, key);
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next();
      if (oldest.done !== true) this.entries.delete(oldest.value);
    }
    return key;
  };
}
