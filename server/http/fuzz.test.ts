import { Agent } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mulberry32, type Rng } from '../../testkit/prng';
import { randomBytes } from '../../core/crypto';
import { openServerReply } from '../../core/envelope/server';
import { newLookupKeyPair, type LookupKeyPair } from '../../core/lookup';
import { decodeProto } from '../../core/wire';
import { meow } from '../../proto';
import { defaultConfig, type RelayLimits } from '../config';
import type { RunningRelay } from '../relay';
import { batchOf, httpCall, RelayTestClient, userMessage } from './testing/client';
import { mutate, oddRequest, oddSize, sealedGarbage, type FuzzWorld } from './testing/fuzz-bodies';
import { removeDir, startTestRelay, tempDir } from './testing/relays';

/**
 * 10,000 random, mutated, boundary, over-limit and replayed bodies against a relay with small
 * limits: every answer must be a 4xx carrying a code, or a reply the client can open; no queue
 * may change (the fuzz holds no valid send capability or ack, see testing/fuzz-bodies.ts); and
 * the relay must still serve a normal client afterwards.
 */
const TOTAL = 10_000;
const CONCURRENCY = 64;
const SEED = 0x6d656f77;

const LIMITS: Partial<RelayLimits> = {
  maxLongPollMs: 5,
  maxBodyBytes: 16 * 1024,
  maxMessageBytes: 4096,
  maxMessagesPerPush: 8,
  maxKeysPerPull: 16,
  queueMaxLength: 20,
  queueMaxBytes: 64 * 1024,
  requestsPerAddressPerMinute: 200,
  requestsPerConnectionPerMinute: 150,
  maxHeldPollsPerAddress: 2,
  maxHeldPolls: 8,
};

/** Most bodies come from one of many addresses; every tenth from one hot address. */
function addressFor(i: number, random: Rng): string {
  return i % 10 === 0 ? '198.51.100.1' : `203.0.113.${1 + Math.floor(random() * 200)}`;
}

describe('relay fuzz', () => {
  let dir = '';
  let relay: RunningRelay;
  let owner: RelayTestClient;
  let world: FuzzWorld;
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });

  beforeAll(async () => {
    dir = await tempDir();
    relay = await startTestRelay({ dataDir: dir, limits: LIMITS, trustProxy: true });
    const headers = { 'x-forwarded-for': '192.0.2.200' };
    owner = await RelayTestClient.connect(relay.url, undefined, { headers });
    const queues = [newLookupKeyPair(), newLookupKeyPair(), newLookupKeyPair()];
    for (const queue of queues) await owner.push([userMessage(queue, 64), userMessage(queue, 64)]);
    const [first] = queues as [LookupKeyPair];
    const client = await RelayTestClient.connect(relay.url, agent);
    const served = client.seal({
      messages: [userMessage(first, 32)],
      acks: [{ lookupKey: first.lookupKey, pullToken: first.pullToken, cursor: 1 }],
      pullRequests: [{ lookupKey: first.lookupKey, pullToken: first.pullToken }],
    });
    expect((await client.post(served)).status).toBe(200);
    world = {
      client,
      signed: await RelayTestClient.connect(relay.url, agent, { envelope: 1 }),
      serverKey: relay.keys.box.publicKey,
      limits: defaultConfig({ limits: LIMITS }).limits,
      queues,
      served,
    };
  });
  afterAll(async () => {
    await relay.close();
    agent.destroy();
    await removeDir(dir);
  });

  /** Every entry of every watched queue, and what a pull says about gaps. */
  async function snapshot(): Promise<unknown[]> {
    const reply = await owner.pull(world.queues.map((lookup) => ({ lookup })));
    return world.queues.map((_, i) => batchOf(reply, i));
  }

  it(`survives ${TOTAL} fuzzed bodies without a crash or a change to any queue`, async () => {
    const random = mulberry32(SEED);
    const before = await snapshot();
    const bodies = (i: number): Uint8Array => {
      switch (i % 7) {
        case 0:
          return randomBytes(Math.floor(random() * (random() < 0.02 ? 40_000 : 600)));
        case 1:
          return mutate(world.served, random);
        case 2:
          return sealedGarbage(world, random);
        case 3:
          return mutate(oddRequest(world, random), random);
        case 4:
          return random() < 0.5 ? world.served : oddSize(world, random);
        default:
          return oddRequest(world, random);
      }
    };
    const counts = new Map<string, number>();
    const started = Date.now();
    for (let batch = 0; batch < TOTAL; batch += CONCURRENCY) {
      await Promise.all(
        Array.from({ length: Math.min(CONCURRENCY, TOTAL - batch) }, async (_, j) => {
          const body = bodies(batch + j);
          const headers = { 'x-forwarded-for': addressFor(batch + j, random) };
          const reply = await httpCall(`${relay.url}/v1`, body, { agent, headers });
          const code = classify(reply.status, reply.body, [world.client, world.signed]);
          counts.set(code, (counts.get(code) ?? 0) + 1);
        }),
      );
    }
    console.log(`fuzz: ${TOTAL} bodies in ${Date.now() - started} ms (seed ${SEED})`, counts);
    expect([...counts.values()].reduce((a, b) => a + b, 0)).toBe(TOTAL);
    for (const code of ['REPLAYED', 'RATE_LIMITED', 'CLOCK_SKEW', 'BODY_TOO_LARGE', 'OK']) {
      expect(counts.get(code) ?? 0).toBeGreaterThan(0);
    }
    expect(await snapshot()).toEqual(before);

    // Still up, still correct.
    const queue = newLookupKeyPair();
    expect((await owner.push([userMessage(queue)])).reply.pushResults[0]?.accepted).toBe(true);
    expect(batchOf(await owner.pull([{ lookup: queue }]), 0).count).toBe(1);
  });
});

/** The code a reply carries; fails on anything that is neither a coded 4xx nor a valid reply. */
function classify(status: number, body: Uint8Array, clients: readonly RelayTestClient[]): string {
  const packed = decodeProto(meow.PackedServerReply, body);
  if (packed.error) {
    expect(status).toBeGreaterThanOrEqual(400);
    expect(status).toBeLessThan(500);
    expect(packed.error.code).toMatch(/^[A-Z_]+$/);
    return packed.error.code ?? '';
  }
  // Boxed to whichever of the two clients the request came from.
  const reply = openWithAny(body, clients);
  if (reply.error) {
    expect(status).toBeGreaterThanOrEqual(400);
    expect(status).toBeLessThan(500);
    return reply.error.code ?? '';
  }
  expect(status).toBe(200);
  for (const result of reply.pushResults) expect(result.accepted).toBe(false);
  for (const result of reply.ackResults) expect(result.ok).toBe(false);
  return 'OK';
}

function openWithAny(
  body: Uint8Array,
  clients: readonly RelayTestClient[],
): meow.FromServerMessage {
  let failure: unknown;
  for (const client of clients) {
    try {
      return openServerReply(body, client.session);
    } catch (err) {
      failure = err;
    }
  }
  throw failure;
}
