import { describe, expect, it } from 'vitest';
import { KeyedQueue } from './keyed-queue';

describe('KeyedQueue', () => {
  it('serializes operations on one key and keeps going after a failure', async () => {
    const q = new KeyedQueue();
    const order: string[] = [];
    const slow = q.run('a', async () => {
      await new Promise((r) => setImmediate(r));
      order.push('a1');
    });
    const failing = q.run('a', () => {
      order.push('a2');
      throw new Error('x');
    });
    const last = q.run('a', () => order.push('a3'));
    await slow;
    await expect(failing).rejects.toThrow('x');
    await last;
    expect(order).toEqual(['a1', 'a2', 'a3']);
  });

  it('runs different keys concurrently', async () => {
    const q = new KeyedQueue();
    let release!: () => void;
    const blocked = q.run('a', () => new Promise<void>((r) => (release = r)));
    const other = await q.run('b', () => 'b done');
    expect(other).toBe('b done');
    release();
    await blocked;
    await q.idle();
  });
});
