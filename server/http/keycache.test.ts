import { describe, expect, it } from 'vitest';
import { BoxKeyCache } from './keycache';

describe('BoxKeyCache', () => {
  it('computes once per client key and evicts the least recently used beyond capacity', () => {
    const computed: number[] = [];
    const cache = new BoxKeyCache((from) => {
      computed.push(from[0] ?? 0);
      return Uint8Array.of(from[0] ?? 0, 0xff);
    }, 2);
    const key = (n: number) => Uint8Array.of(n, 1, 2, 3);
    expect(cache.get(key(1), 2)).toEqual(Uint8Array.of(1, 0xff));
    cache.get(key(2), 2);
    cache.get(key(1), 2); // 1 is now the most recent
    cache.get(key(3), 2); // evicts 2
    cache.get(key(1), 2);
    cache.get(key(2), 2); // recomputed
    expect(computed).toEqual([1, 2, 3, 2]);
    expect(cache.size).toBe(2);
  });

  it('keeps the same bytes under two envelope versions apart (an X25519 key is not an Ed25519 one)', () => {
    const cache = new BoxKeyCache((from, version) => Uint8Array.of(from[0] ?? 0, version));
    const from = Uint8Array.of(9, 9);
    expect(cache.get(from, 2)).toEqual(Uint8Array.of(9, 2));
    expect(cache.get(from, 1)).toEqual(Uint8Array.of(9, 1));
  });

  it('stays bounded under a stream of fresh client keys (one per request)', () => {
    const cache = new BoxKeyCache((from) => from.subarray(0, 1));
    for (let i = 0; i < 5_000; i++) cache.get(Uint8Array.of(i & 0xff, i >> 8, 7), 2);
    expect(cache.size).toBe(1_024);
  });
});
