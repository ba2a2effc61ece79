import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newLookupKeyPair, type LookupKeyPair } from '../../core/lookup';
import { toHex } from '../store/codec';
import {
  clusterUnsupported,
  startRedisCluster,
  type RedisCluster,
} from '../../testkit/redis-cluster';
import type { RunningRelay } from '../relay';
import { RelayTestClient, userMessage, batchOf } from './testing/client';
import { removeDir, startTestRelay, tempDir, until } from './testing/relays';

/**
 * Two stateless relay instances on one real three-master Redis Cluster: a push through A wakes
 * a long-poll held by B whichever master owns the queue (the wake travels by sharded pub/sub on
 * that master only), and the instances share the replay window. Skipped, with the reason
 * printed, where Redis lacks cluster support.
 */
const unsupported = await clusterUnsupported();
if (unsupported !== undefined)
  console.log(`skipping the relays-on-a-cluster tests: ${unsupported}`);

describe.skipIf(unsupported !== undefined)('relays on a shared Redis Cluster', () => {
  let cluster: RedisCluster;
  let dir = '';
  let a: RunningRelay;
  let b: RunningRelay;
  const cleanup: (() => Promise<void>)[] = [];

  beforeAll(async () => {
    cluster = await startRedisCluster();
    cleanup.push(() => cluster.stop());
    // One data folder = one relay key for both instances, as behind a load balancer.
    dir = await tempDir();
    cleanup.push(() => removeDir(dir));
    a = await startTestRelay({ dataDir: dir, redisCluster: cluster.nodes });
    cleanup.push(() => a.close());
    b = await startTestRelay({ dataDir: dir, redisCluster: cluster.nodes, logs: [] });
    cleanup.push(() => b.close());
  });
  afterAll(async () => {
    for (const step of cleanup.reverse()) await step();
  });

  /** Fresh queues until every master owns `perMaster` of them. */
  async function queuesOnEveryMaster(perMaster: number): Promise<Map<number, LookupKeyPair[]>> {
    const byMaster = new Map<number, LookupKeyPair[]>(cluster.nodes.map((n) => [n.port, []]));
    while ([...byMaster.values()].some((queues) => queues.length < perMaster)) {
      const queue = newLookupKeyPair();
      const port = await cluster.masterOf(`msg:{${toHex(queue.lookupKey)}}`);
      const queues = byMaster.get(port);
      if (queues && queues.length < perMaster) queues.push(queue);
    }
    return byMaster;
  }

  it('labels the store with the cluster nodes', () => {
    expect(a.storeLabel).toBe(`redis-cluster ${cluster.spec}`);
  });

  it('wakes a long-poll held on B when A takes a push, for queues on every master', async () => {
    const pusher = await RelayTestClient.connect(a.url);
    const poller = new RelayTestClient(b.url, pusher.session.serverPublicKey);
    const samples: number[] = [];
    for (const [port, queues] of await queuesOnEveryMaster(4)) {
      for (const queue of queues) {
        const held = poller.pull([{ lookup: queue }], 10_000);
        await until(() => b.heldPolls() === 1);
        const started = process.hrtime.bigint();
        await pusher.push([userMessage(queue)]);
        const reply = await held;
        samples.push(Number(process.hrtime.bigint() - started) / 1e6);
        expect(batchOf(reply, 0).count, `queue on the master at port ${port}`).toBe(1);
      }
    }
    samples.sort((x, y) => x - y);
    const max = samples[samples.length - 1] ?? NaN;
    console.log(
      `cluster cross-instance wake (push on A → reply on B): median ` +
        `${(samples[samples.length >> 1] ?? NaN).toFixed(2)} ms, max ${max.toFixed(2)} ms over ${samples.length}`,
    );
    // Well under the 10 s poll: the wake, not the timeout, answered every poll.
    expect(max).toBeLessThan(1_000);
  });

  it('wakes one long-poll over queues on all three masters from whichever gets the push', async () => {
    const pusher = await RelayTestClient.connect(a.url);
    const poller = new RelayTestClient(b.url, pusher.session.serverPublicKey);
    const queues = [...(await queuesOnEveryMaster(1)).values()].flat();
    for (const target of queues) {
      const held = poller.pull(
        queues.map((lookup) => ({ lookup })),
        10_000,
      );
      await until(() => b.heldPolls() === 1);
      await pusher.push([userMessage(target)]);
      const reply = await held;
      const counts = queues.map((_, i) => batchOf(reply, i).count);
      expect(counts).toEqual(queues.map((q) => (q === target ? 1 : 0)));
      // Acked, so the next round's poll over the same queues starts empty again.
      expect((await poller.ack(target, batchOf(reply, queues.indexOf(target)).cursor)).status).toBe(
        200,
      );
    }
  });

  it('shares the replay window between instances', async () => {
    const onA = await RelayTestClient.connect(a.url);
    const onB = new RelayTestClient(b.url, onA.session.serverPublicKey, onA.identity);
    const body = onA.seal({ messages: [userMessage(newLookupKeyPair())] });
    expect((await onA.post(body)).status).toBe(200);
    expect((await onB.post(body)).reply.error?.code).toBe('REPLAYED');
  });
});
