import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newLookupKeyPair } from '../../core/lookup';
import { defaultConfig } from '../config';
import type { RunningRelay } from '../relay';
import { batchOf, RelayTestClient, userMessage } from './testing/client';
import { removeDir, startTestRelay, tempDir } from './testing/relays';

/**
 * The replay window: a request is good only within ± the window of the relay clock, and only
 * once. Both checks come before any effect, so a refused request changed no queue. The relay
 * clock is injected; the client stamps its requests from the same clock, or an offset one.
 */
const WINDOW_MS = defaultConfig().limits.replayWindowMs;

describe('replay window', () => {
  let dir = '';
  let relay: RunningRelay;
  let client: RelayTestClient;
  let clock = Date.UTC(2031, 5, 1);
  const now = (): number => clock;

  const start = (): Promise<RunningRelay> => startTestRelay({ dataDir: dir, now });

  beforeAll(async () => {
    dir = await tempDir();
    relay = await start();
    client = await RelayTestClient.connect(relay.url, undefined, { now });
  });
  afterAll(async () => {
    await relay.close();
    await removeDir(dir);
  });

  it('serves a request once: the same body again is REPLAYED (409) and does nothing', async () => {
    const queue = newLookupKeyPair();
    const body = client.seal({ messages: [userMessage(queue)] });
    const first = await client.post(body);
    expect(first.reply.pushResults[0]?.accepted).toBe(true);
    const seq = batchOf(await client.pull([{ lookup: queue }])).seqs[0] ?? 0;
    const again = await client.post(body);
    expect([again.status, again.reply.error?.code]).toEqual([409, 'REPLAYED']);
    expect(batchOf(await client.pull([{ lookup: queue }])).seqs).toEqual([seq]);

    // An ack replayed after new entries arrived would delete them: it is refused as well.
    const ack = client.seal({ acks: [ackOf(queue, seq + 1)] });
    expect((await client.post(ack)).status).toBe(200);
    await client.push([userMessage(queue)]);
    expect((await client.post(ack)).reply.error?.code).toBe('REPLAYED');
    expect(batchOf(await client.pull([{ lookup: queue }])).count).toBe(1);
  });

  it('refuses a timestamp outside the window with CLOCK_SKEW and server_time, doing nothing', async () => {
    const queue = newLookupKeyPair();
    for (const offset of [-WINDOW_MS - 1, WINDOW_MS + 1, -clock]) {
      const skewed = client.with({ now: () => clock + offset });
      const reply = await skewed.push([userMessage(queue)]);
      expect([reply.status, reply.reply.error?.code]).toEqual([400, 'CLOCK_SKEW']);
      expect(reply.reply.serverTime).toBe(clock);
    }
    expect(batchOf(await client.pull([{ lookup: queue }])).count).toBe(0);
    // The window's edges are inside it; a client that corrects its offset gets through.
    for (const offset of [-WINDOW_MS, WINDOW_MS]) {
      const edge = client.with({ now: () => clock + offset });
      expect((await edge.push([userMessage(queue)])).reply.pushResults[0]?.accepted).toBe(true);
    }
  });

  it('refuses a missing or overlong uuid as MALFORMED', async () => {
    const queue = newLookupKeyPair();
    for (const uuid of ['', 'u'.repeat(65)]) {
      const reply = await client.send({ uuid, messages: [userMessage(queue)] });
      expect([reply.status, reply.reply.error?.code]).toEqual([400, 'MALFORMED']);
    }
    expect(batchOf(await client.pull([{ lookup: queue }])).count).toBe(0);
    expect((await client.send({ uuid: 'u'.repeat(64) })).status).toBe(200);
  });

  it('remembers what it served across a restart, for twice the window', async () => {
    const queue = newLookupKeyPair();
    const body = client.seal({ messages: [userMessage(queue)] });
    expect((await client.post(body)).status).toBe(200);
    await relay.close();
    relay = await start();
    client = new RelayTestClient(relay.url, client.session.serverPublicKey, client.identity);
    client = client.with({ now });
    expect((await client.post(body)).reply.error?.code).toBe('REPLAYED');
    // Once the window has passed, the same body is refused for its timestamp instead.
    clock += 2 * WINDOW_MS;
    expect((await client.post(body)).reply.error?.code).toBe('CLOCK_SKEW');
    expect(batchOf(await client.pull([{ lookup: queue }])).count).toBe(1);
  });
});

function ackOf(
  queue: ReturnType<typeof newLookupKeyPair>,
  cursor: number,
): { lookupKey: Uint8Array; pullToken: Uint8Array; cursor: number } {
  return { lookupKey: queue.lookupKey, pullToken: queue.pullToken, cursor };
}
