import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newLookupKeyPair } from '../../core/lookup';
import { RelayError } from '../errors';
import type { EnqueueResult } from '../store/types';
import type { RunningRelay } from '../relay';
import { guardStore } from './guard';
import { MemoryStore } from './testing/memory-store';
import { batchOf, RelayTestClient, userMessage } from './testing/client';
import { removeDir, startTestRelay, tempDir } from './testing/relays';

/**
 * Store failures are outages (503 UNAVAILABLE), never relay bugs (500) and never a crash. A fake
 * store makes the failure exact; redis.test.ts shows the same with a real Redis going down.
 */
describe('store failures', () => {
  const store = new MemoryStore({ ttlMs: 60_000, maxLength: 100, maxBytes: 1e6, metaIdleMs: 1e6 });
  const logs: string[] = [];
  let dir = '';
  let relay: RunningRelay;

  beforeAll(async () => {
    dir = await tempDir();
    relay = await startTestRelay({ dataDir: dir, store, logs });
  });
  afterAll(async () => {
    await relay.close();
    await removeDir(dir);
  });

  it('answers 503 UNAVAILABLE while the store fails, and serves again once it is back', async () => {
    const client = await RelayTestClient.connect(relay.url);
    const queue = newLookupKeyPair();
    store.failing = true;
    const push = await client.push([userMessage(queue)]);
    expect([push.status, push.reply.error?.code]).toEqual([503, 'UNAVAILABLE']);
    expect(push.headers['retry-after']).toBe('2');
    expect(push.reply.error?.retryAfterMs).toBe(2_000);
    const pull = await client.pull([{ lookup: queue }], 1_000);
    expect([pull.status, pull.reply.error?.code]).toEqual([503, 'UNAVAILABLE']);
    expect(logs.filter((l) => l.includes('UNAVAILABLE'))).toHaveLength(1);
    // Logs name at most a key prefix, never a whole key.
    const fullKey = Buffer.from(client.identity.publicKey).toString('hex');
    expect(logs.join('\n')).not.toContain(fullKey);

    store.failing = false;
    expect((await client.push([userMessage(queue)])).status).toBe(200);
    expect(batchOf(await client.pull([{ lookup: queue }])).count).toBe(1);
  });

  it('turns a store call that hangs into UNAVAILABLE after the timeout', async () => {
    class HangingStore extends MemoryStore {
      override enqueue(): Promise<EnqueueResult> {
        return new Promise(() => undefined);
      }
    }
    const limits = { ttlMs: 1, maxLength: 1, maxBytes: 1, metaIdleMs: 1 };
    const hanging = guardStore(new HangingStore(limits), 20);
    const failure = await hanging
      .enqueue(new Uint8Array(32), new Uint8Array(1), 0)
      .catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(RelayError);
    expect((failure as RelayError).code).toBe('UNAVAILABLE');
    expect((failure as RelayError).retryAfterMs).toBeGreaterThan(0);
  });
});
