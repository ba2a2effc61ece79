import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe } from 'vitest';
import {
  clusterUnsupported,
  startRedisCluster,
  type RedisCluster,
} from '../../testkit/redis-cluster';
import { runBlobContract } from './contract';
import { RedisBlobStore } from './redis';

/** The blob contract on a real three-master Redis Cluster (skipped, said why, where unsupported). */
const unsupported = await clusterUnsupported();
if (unsupported !== undefined) console.log(`skipping the Redis Cluster blob tests: ${unsupported}`);

describe.skipIf(unsupported !== undefined)('redis-cluster blob store', () => {
  let cluster: RedisCluster | undefined;

  beforeAll(async () => {
    cluster = await startRedisCluster();
  });

  afterAll(async () => {
    await cluster?.stop();
  });

  runBlobContract('redis-cluster', async (limits) => {
    if (!cluster) throw new Error('the cluster is not running');
    const target = { cluster: cluster.nodes };
    const namespace = randomBytes(8).toString('hex');
    let store = await RedisBlobStore.connect(target, limits, { namespace });
    return {
      store,
      async reopen() {
        await store.close();
        store = await RedisBlobStore.connect(target, limits, { namespace });
        return store;
      },
      cleanup: () => store.close(),
    };
  });
});
