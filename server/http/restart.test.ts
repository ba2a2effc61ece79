import { afterEach, describe, expect, it } from 'vitest';
import { newLookupKeyPair } from '../../core/lookup';
import type { RunningRelay } from '../relay';
import { RelayTestClient, userMessage, batchOf } from './testing/client';
import { removeDir, startTestRelay, tempDir, until } from './testing/relays';

/** Restarts and shutdowns of an in-process relay on the embedded store. */
const running: RunningRelay[] = [];
const dirs: string[] = [];

async function start(dataDir: string): Promise<RunningRelay> {
  const relay = await startTestRelay({ dataDir });
  running.push(relay);
  return relay;
}

afterEach(async () => {
  await Promise.all(running.splice(0).map((r) => r.close()));
  await Promise.all(dirs.splice(0).map(removeDir));
});

describe('relay restarts', () => {
  it('delivers at least once: unacked entries come back after a restart, acked ones never', async () => {
    const dir = await tempDir();
    dirs.push(dir);
    const queue = newLookupKeyPair();
    let relay = await start(dir);
    let client = await RelayTestClient.connect(relay.url);
    const sent = [userMessage(queue), userMessage(queue), userMessage(queue)];
    await client.push(sent);
    const first = await client.pull([{ lookup: queue }]);
    const s = batchOf(first, 0).seqs[0] ?? 0;
    expect(batchOf(first, 0).seqs).toEqual([s, s + 1, s + 2]);

    await relay.close();
    relay = await start(dir);
    client = new RelayTestClient(relay.url, client.session.serverPublicKey, client.identity);
    const again = await client.pull([{ lookup: queue }]);
    expect(batchOf(again).seqs).toEqual([s, s + 1, s + 2]);
    expect(batchOf(again).payloads).toEqual(sent.map((m) => m.payload));

    expect((await client.ack(queue, s + 2)).reply.ackResults[0]?.ok).toBe(true);
    expect(batchOf(await client.pull([{ lookup: queue }]), 0).count).toBe(0);
    await relay.close();
    relay = await start(dir);
    client = new RelayTestClient(relay.url, client.session.serverPublicKey, client.identity);
    const after = await client.pull([{ lookup: queue }]);
    expect(batchOf(after, 0)).toMatchObject({ count: 0, cursor: 0 });
    // Sequence numbers keep growing after the queue was emptied and the relay restarted.
    await client.push([userMessage(queue)]);
    const next = await client.pull([{ lookup: queue, after: s + 2 }]);
    expect(batchOf(next, 0).seqs).toEqual([s + 3]);
    expect(batchOf(next, 0)).toMatchObject({ expired: 0, expiredUnknown: false });
  });

  it('graceful shutdown answers every held long-poll at once with empty batches', async () => {
    const dir = await tempDir();
    dirs.push(dir);
    const relay = await start(dir);
    const client = await RelayTestClient.connect(relay.url);
    const queues = [newLookupKeyPair(), newLookupKeyPair()];
    const held = queues.map((lookup) => client.pull([{ lookup, after: 7 }], 60_000));
    await until(() => relay.heldPolls() === 2);
    const started = Date.now();
    await relay.close();
    const replies = await Promise.all(held);
    const elapsed = Date.now() - started;
    for (const reply of replies) {
      expect(reply.status).toBe(200);
      expect(batchOf(reply, 0)).toMatchObject({ count: 0, cursor: 7, more: false });
    }
    console.log(`shutdown released 2 held long-polls in ${elapsed} ms`);
    expect(elapsed).toBeLessThan(1_000);
  });
});
