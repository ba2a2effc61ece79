import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from '../../core/crypto';
import { newLookupKeyPair, type LookupKeyPair } from '../../core/lookup';
import type { meow } from '../../proto';
import type { RunningRelay } from '../relay';
import { batchOf, RelayTestClient, userMessage, type ClientReply } from './testing/client';
import { removeDir, startTestRelay, tempDir } from './testing/relays';

/**
 * Who may write to a queue, and what happens when it is full: pushes need the queue's send
 * capability; a full queue refuses (QUEUE_FULL, retry_after) and never evicts, so a hostile
 * contact flooding a queue can delay the others' messages but never destroy one.
 */
const LIMITS = {
  queueMaxLength: 10,
  queueMaxBytes: 16 * 1024,
  maxMessageBytes: 4 * 1024,
  maxMessagesPerPush: 8,
  queueFullRetryMs: 30_000,
};

describe('push capability and full queues', () => {
  let dir = '';
  let relay: RunningRelay;
  let client: RelayTestClient;

  beforeAll(async () => {
    dir = await tempDir();
    relay = await startTestRelay({ dataDir: dir, limits: LIMITS });
    client = await RelayTestClient.connect(relay.url);
  });
  afterAll(async () => {
    await relay.close();
    await removeDir(dir);
  });

  const codes = (reply: ClientReply): string[] =>
    reply.reply.pushResults.map((r) => r.errorCode || (r.accepted ? 'OK' : '?'));

  /** Everything the queue holds, as the owner sees it (payloads, in order). */
  async function contents(queue: LookupKeyPair): Promise<(Uint8Array | undefined)[]> {
    return batchOf(await client.pull([{ lookup: queue }])).payloads;
  }

  it('refuses pushes without or with a wrong capability, and they change nothing', async () => {
    const queue = newLookupKeyPair();
    const first = userMessage(queue);
    expect(codes(await client.push([first]))).toEqual(['OK']);
    const before = await contents(queue);
    const forged = (sendToken?: Uint8Array): meow.IPackedUserMessage => ({
      destination: queue.lookupKey,
      payload: randomBytes(64),
      ...(sendToken ? { sendToken } : {}),
    });
    const refused = await client.push([
      forged(),
      forged(newLookupKeyPair().sendToken),
      forged(queue.pullToken),
      forged(queue.lookupKey),
      forged(queue.sendToken.subarray(0, 31)),
      forged(randomBytes(32)),
    ]);
    expect(refused.status).toBe(200);
    expect(codes(refused)).toEqual(Array<string>(6).fill('NO_CAPABILITY'));
    expect(await contents(queue)).toEqual(before);
    expect(before).toEqual([first.payload]);
  });

  it('keeps every entry of a flooded queue, answers QUEUE_FULL, and takes the real push after an ack', async () => {
    const queue = newLookupKeyPair();
    const real = [userMessage(queue, 100), userMessage(queue, 100), userMessage(queue, 100)];
    expect(codes(await client.push(real))).toEqual(['OK', 'OK', 'OK']);

    // A hostile contact holds the send capability too and pushes as fast as it can.
    const hostile = await RelayTestClient.connect(relay.url);
    const results: meow.IPushResult[] = [];
    for (let i = 0; i < 5; i++) {
      const flood = Array.from({ length: LIMITS.maxMessagesPerPush }, () => userMessage(queue, 50));
      results.push(...(await hostile.push(flood)).reply.pushResults);
    }
    expect(results.filter((r) => r.accepted)).toHaveLength(LIMITS.queueMaxLength - real.length);
    const full = results.filter((r) => !r.accepted);
    expect(full).toHaveLength(40 - (LIMITS.queueMaxLength - real.length));
    for (const r of full) {
      expect(r).toMatchObject({ errorCode: 'QUEUE_FULL', retryAfterMs: LIMITS.queueFullRetryMs });
    }
    const held = batchOf(await client.pull([{ lookup: queue }]));
    expect(held.count).toBe(LIMITS.queueMaxLength);
    expect(held.payloads.slice(0, 3)).toEqual(real.map((m) => m.payload));

    const late = userMessage(queue, 100);
    expect(codes(await client.push([late]))).toEqual(['QUEUE_FULL']);
    expect((await client.ack(queue, held.cursor)).reply.ackResults[0]?.ok).toBe(true);
    expect(codes(await client.push([late]))).toEqual(['OK']);
    expect(await contents(queue)).toEqual([late.payload]);
  });

  it('refuses a push that would exceed the byte limit, counting stored bytes', async () => {
    const queue = newLookupKeyPair();
    // Each stores 37 + 3,900 bytes: four fit under 16 KiB, a fifth does not.
    const big = () => userMessage(queue, 3_900);
    expect(codes(await client.push([big(), big(), big(), big(), big()]))).toEqual([
      'OK',
      'OK',
      'OK',
      'OK',
      'QUEUE_FULL',
    ]);
    expect(codes(await client.push([userMessage(queue, 500)]))).toEqual(['OK']);
    const held = batchOf(await client.pull([{ lookup: queue }]));
    expect(held.count).toBe(5);
    await client.ack(queue, held.seqs[0] ?? 0);
    expect(codes(await client.push([big()]))).toEqual(['OK']);
  });
});
