import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newLookupKeyPair } from '../../core/lookup';
import { seqBase } from '../store/codec';
import type { RunningRelay } from '../relay';
import { batchOf, RelayTestClient, userMessage } from './testing/client';
import { removeDir, startTestRelay, tempDir } from './testing/relays';

/**
 * What a pull says about entries the TTL removed unread: `expired` counts them after the
 * request's cursor; `expired_unknown` says the queue's history is gone (its counter idled out
 * and was recreated above every earlier seq). The relay clock is injected, never slept through.
 */
const TTL_MS = 10_000;
const IDLE_MS = 20_000;

describe('gap reporting', () => {
  let dir = '';
  let relay: RunningRelay;
  let client: RelayTestClient;
  let clock = Date.UTC(2033, 0, 1);
  const now = (): number => clock;

  beforeAll(async () => {
    dir = await tempDir();
    relay = await startTestRelay({
      dataDir: dir,
      now,
      limits: { queueTtlMs: TTL_MS, queueMetaIdleMs: IDLE_MS },
    });
    client = await RelayTestClient.connect(relay.url, undefined, { now });
  });
  afterAll(async () => {
    await relay.close();
    await removeDir(dir);
  });

  it('reports entries that expired unread as `expired`, not counting acked ones', async () => {
    const queue = newLookupKeyPair();
    await client.push([userMessage(queue), userMessage(queue), userMessage(queue)]);
    const seen = batchOf(await client.pull([{ lookup: queue }]));
    expect(seen).toMatchObject({ count: 3, expired: 0, expiredUnknown: false });
    const [s = 0] = seen.seqs;
    await client.ack(queue, s);
    clock += TTL_MS;
    await client.push([userMessage(queue)]);
    const after = batchOf(await client.pull([{ lookup: queue }]));
    expect(after).toMatchObject({ seqs: [s + 3], expired: 2, expiredUnknown: false });
    // A reader that had seen s + 1 before it expired lost only one.
    expect(batchOf(await client.pull([{ lookup: queue, after: s + 1 }])).expired).toBe(1);
    expect(batchOf(await client.pull([{ lookup: queue, after: s + 3 }])).expired).toBe(0);
  });

  it('keeps the gap fields in a long-poll answered at its timeout', async () => {
    const queue = newLookupKeyPair();
    await client.push([userMessage(queue), userMessage(queue)]);
    clock += TTL_MS;
    const reply = batchOf(await client.pull([{ lookup: queue }], 20));
    expect(reply).toMatchObject({ count: 0, cursor: 0, expired: 2 });
  });

  it('says `expired_unknown` once a queue was forgotten, and seqs never go backwards', async () => {
    const queue = newLookupKeyPair();
    await client.push([userMessage(queue)]);
    const [old = 0] = batchOf(await client.pull([{ lookup: queue }])).seqs;
    clock += IDLE_MS;
    const lost = batchOf(await client.pull([{ lookup: queue, after: old }]));
    expect(lost).toMatchObject({ count: 0, cursor: old, expired: 0, expiredUnknown: true });
    await client.push([userMessage(queue)]);
    const next = batchOf(await client.pull([{ lookup: queue, after: old }]));
    expect(next).toMatchObject({ seqs: [seqBase(clock) + 1], expiredUnknown: true });
    expect(next.cursor).toBeGreaterThan(old);
    const settled = batchOf(await client.pull([{ lookup: queue, after: next.cursor }]));
    expect(settled).toMatchObject({ count: 0, expired: 0, expiredUnknown: false });
  });
});
