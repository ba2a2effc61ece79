import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll } from 'vitest';
import { startRedis, type RedisServer } from '../../testkit/redis';
import { runBlobContract } from './contract';
import { RedisBlobStore } from './redis';

// One redis-server for the file; each test has its own quota namespace and random blob ids.
let server: RedisServer | undefined;

beforeAll(async () => {
  server = await startRedis();
});

afterAll(async () => {
  await server?.stop();
});

runBlobContract('redis', async (limits) => {
  if (!server) throw new Error('redis-server is not running');
  const url = server.url;
  const namespace = randomBytes(8).toString('hex');
  let store = await RedisBlobStore.connect(url, limits, { namespace });
  return {
    store,
    async reopen() {
      await store.close();
      store = await RedisBlobStore.connect(url, limits, { namespace });
      return store;
    },
    cleanup: () => store.close(),
  };
});
