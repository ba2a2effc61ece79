import { Agent } from 'node:http';
import { mulberry32 } from '../../testkit/prng';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boxSeal, concatBytes, randomBytes, sign, utf8 } from '../../core/crypto';
import { openServerReply } from '../../core/envelope/server';
import { newLookupKeyPair } from '../../core/lookup';
import { decodeProto, encodeProto } from '../../core/wire';
import { meow } from '../../proto';
import type { RunningRelay } from '../relay';
import { httpCall, RelayTestClient, userMessage, batchOf } from './testing/client';
import { removeDir, startTestRelay, tempDir } from './testing/relays';

/**
 * ≥ 10,000 random and mutated bodies: every answer must be a 4xx carrying a code, or a reply
 * the client can open; the relay must stay up and keep serving a normal client.
 */
const TOTAL = 10_000;
const CONCURRENCY = 64;

function mutate(bytes: Uint8Array, random: () => number): Uint8Array {
  const out = Uint8Array.from(bytes);
  const kind = Math.floor(random() * 4);
  const at = Math.floor(random() * out.length);
  if (kind === 0) out[at] = Math.floor(random() * 256);
  if (kind === 1) return out.subarray(0, at);
  if (kind === 2) return concatBytes(out, randomBytes(1 + Math.floor(random() * 40)));
  if (kind === 3) {
    for (let i = 0; i < 4; i++) {
      const k = Math.floor(random() * out.length);
      out[k] = (out[k] ?? 0) ^ (1 << (i * 2));
    }
  }
  return out;
}

/** A correctly signed envelope around a box of random plaintext (exercises the inner decoder). */
function sealedGarbage(
  client: RelayTestClient,
  serverKey: Uint8Array,
  random: () => number,
): Uint8Array {
  const plaintext = randomBytes(Math.floor(random() * 200));
  // Half boxed correctly (the inner decoder sees garbage), half not a box at all.
  const payload = random() < 0.5 ? boxSeal(plaintext, client.session.boxKey) : plaintext;
  const signature = sign(
    concatBytes(utf8('meow/srv/v1'), serverKey, payload),
    client.identity.privateKey,
  );
  return encodeProto(meow.PackedServerMessage, {
    from: client.identity.publicKey,
    payload,
    signature,
    version: 1,
  });
}

/** Valid envelopes with odd but well-formed contents. */
function oddRequest(client: RelayTestClient, random: () => number): Uint8Array {
  const queue = newLookupKeyPair();
  const n = Math.floor(random() * 5);
  return client.seal({
    version: random() < 0.9 ? 1 : Math.floor(random() * 5),
    messages: Array.from({ length: n }, () => ({
      destination: randomBytes(Math.floor(random() * 40)),
      payload: randomBytes(n * 7),
    })),
    pullRequests: Array.from({ length: n }, () => ({
      lookupKey: random() < 0.5 ? queue.lookupKey : randomBytes(32),
      pullToken: random() < 0.5 ? queue.pullToken : randomBytes(Math.floor(random() * 40)),
      after: Math.floor(random() * 2 ** 40),
      maxEntries: Math.floor(random() * 2 ** 31),
    })),
    acks: Array.from({ length: n % 3 }, () => ({
      lookupKey: randomBytes(32),
      pullToken: randomBytes(32),
      cursor: Math.floor(random() * 1000),
    })),
    longPollMs: Math.floor(random() * 5),
    invitation:
      random() < 0.2
        ? {
            // Deliberately also values outside the enum (4): the relay must cope.
            // eslint-disable-next-line @typescript-eslint/no-unsafe-enum-assignment
            op: Math.floor(random() * 5) as meow.InvitationRequest.Op,
            invitation: { shortcode: 'ABCDEFGH', password: 'x', payload: randomBytes(n) },
          }
        : null,
  });
}

describe('relay fuzz', () => {
  let dir = '';
  let relay: RunningRelay;
  let client: RelayTestClient;
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });

  beforeAll(async () => {
    dir = await tempDir();
    relay = await startTestRelay({
      dataDir: dir,
      limits: { maxLongPollMs: 5, maxBodyBytes: 16 * 1024, maxMessageBytes: 4096 },
    });
    client = await RelayTestClient.connect(relay.url, agent);
  });
  afterAll(async () => {
    await relay.close();
    agent.destroy();
    await removeDir(dir);
  });

  it(`survives ${TOTAL} random and mutated bodies`, async () => {
    const random = mulberry32(0x6d656f77);
    const valid = client.seal({
      pullRequests: [{ lookupKey: randomBytes(32), pullToken: randomBytes(32) }],
      messages: [userMessage(newLookupKeyPair(), 64)],
    });
    const bodies = (i: number): Uint8Array => {
      switch (i % 5) {
        case 0:
          return randomBytes(Math.floor(random() * (random() < 0.02 ? 40_000 : 600)));
        case 1:
          return mutate(valid, random);
        case 2:
          return sealedGarbage(client, relay.keys.box.publicKey, random);
        case 3:
          return mutate(oddRequest(client, random), random);
        default:
          return oddRequest(client, random);
      }
    };
    const counts = new Map<string, number>();
    const started = Date.now();
    for (let batch = 0; batch < TOTAL; batch += CONCURRENCY) {
      await Promise.all(
        Array.from({ length: Math.min(CONCURRENCY, TOTAL - batch) }, async (_, j) => {
          const body = bodies(batch + j);
          const reply = await httpCall(`${relay.url}/v1`, body, { agent });
          const code = classify(reply.status, reply.body, client);
          counts.set(code, (counts.get(code) ?? 0) + 1);
        }),
      );
    }
    console.log(`fuzz: ${TOTAL} bodies in ${Date.now() - started} ms`, Object.fromEntries(counts));
    expect([...counts.values()].reduce((a, b) => a + b, 0)).toBe(TOTAL);
    expect(counts.has('INTERNAL')).toBe(false);

    // Still up, still correct.
    const queue = newLookupKeyPair();
    expect((await client.push([userMessage(queue)])).reply.pushResults[0]?.accepted).toBe(true);
    expect(batchOf(await client.pull([{ lookup: queue }]), 0).count).toBe(1);
  });
});

/** The code a reply carries; throws on anything that is neither a coded 4xx nor a valid reply. */
function classify(status: number, body: Uint8Array, client: RelayTestClient): string {
  const packed = decodeProto(meow.PackedServerReply, body);
  if (packed.error) {
    expect(status).toBeGreaterThanOrEqual(400);
    expect(status).toBeLessThan(500);
    expect(packed.error.code).toMatch(/^[A-Z_]+$/);
    return packed.error.code ?? '';
  }
  const reply = openServerReply(body, client.session);
  if (reply.error) {
    expect(status).toBeGreaterThanOrEqual(400);
    expect(status).toBeLessThan(500);
    return reply.error.code ?? '';
  }
  expect(status).toBe(200);
  return 'OK';
}
