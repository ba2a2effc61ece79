import { Agent } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newLookupKeyPair } from '../../core/lookup';
import { decodeProto } from '../../core/wire';
import { meow } from '../../proto';
import { verifyServerCard } from '../keys';
import type { RunningRelay } from '../relay';
import {
  fetchCard,
  httpCall,
  plainErrorCode,
  RelayTestClient,
  userMessage,
  batchOf,
} from './testing/client';
import { removeDir, startTestRelay, tempDir, until } from './testing/relays';

/** HTTP surface, queues, proofs and long-polls of one relay on the embedded store. */
describe('relay over HTTP (embedded store)', () => {
  let dir = '';
  let relay: RunningRelay;
  let client: RelayTestClient;
  const agent = new Agent({ keepAlive: true });

  beforeAll(async () => {
    dir = await tempDir();
    relay = await startTestRelay({ dataDir: dir });
    client = await RelayTestClient.connect(relay.url, agent);
  });
  afterAll(async () => {
    await relay.close();
    agent.destroy();
    await removeDir(dir);
  });

  it('serves a signed card, health, 404 and 405', async () => {
    const card = await fetchCard(relay.url);
    expect(card.url).toBe(relay.url);
    expect(card.protocolVersion).toBe(1);
    expect(verifyServerCard(card, relay.keys.signing.publicKey)).toBe(true);
    const health = await httpCall(`${relay.url}/health`, undefined);
    expect([health.status, Buffer.from(health.body).toString()]).toEqual([200, 'ok']);
    const missing = await httpCall(`${relay.url}/v2`, undefined);
    expect([missing.status, plainErrorCode(missing.body)]).toEqual([404, 'NOT_FOUND']);
    const wrong = await httpCall(`${relay.url}/v1`, undefined, { method: 'GET' });
    expect([wrong.status, plainErrorCode(wrong.body)]).toEqual([405, 'METHOD_NOT_ALLOWED']);
    expect(wrong.headers.allow).toBe('POST');
  });

  it('pushes, pulls after a cursor, and deletes only on ack', async () => {
    const queue = newLookupKeyPair();
    const sent = [userMessage(queue, 100), userMessage(queue, 200), userMessage(queue, 300)];
    const push = await client.push(sent);
    expect(push.status).toBe(200);
    expect(push.reply.pushResults.map((r) => r.accepted)).toEqual([true, true, true]);

    const first = await client.pull([{ lookup: queue, maxEntries: 2 }]);
    const batch = batchOf(first);
    const s = batch.seqs[0] ?? 0;
    expect(batch.seqs).toEqual([s, s + 1]);
    expect(batch.payloads[1]).toEqual(sent[1]?.payload);
    expect([batch.cursor, batch.more]).toEqual([s + 1, true]);

    const rest = await client.pull([{ lookup: queue, after: s + 1 }]);
    expect(batchOf(rest, 0).seqs).toEqual([s + 2]);
    expect(batchOf(rest, 0).more).toBe(false);

    // Unacked entries are handed out again (at-least-once); acked ones are gone.
    const again = await client.pull([{ lookup: queue }]);
    expect(batchOf(again, 0).count).toBe(3);
    const ack = await client.ack(queue, s + 1);
    expect(ack.reply.ackResults).toEqual([expect.objectContaining({ ok: true })]);
    const after = await client.pull([{ lookup: queue }]);
    expect(batchOf(after, 0).seqs).toEqual([s + 2]);
  });

  it('refuses a pull or ack without proof, and that neither drains nor advances the queue', async () => {
    const queue = newLookupKeyPair();
    const other = newLookupKeyPair();
    await client.push([userMessage(queue), userMessage(queue)]);
    const reply = await client.send({
      pullRequests: [
        { lookupKey: queue.lookupKey },
        { lookupKey: queue.lookupKey, pullToken: other.pullToken, after: 1 },
        { lookupKey: queue.lookupKey, pullToken: queue.pullToken.map((b) => b ^ 1) },
      ],
      acks: [{ lookupKey: queue.lookupKey, pullToken: other.pullToken, cursor: 2 }],
    });
    expect(reply.status).toBe(200);
    expect(reply.reply.ackResults).toEqual([
      expect.objectContaining({ ok: false, errorCode: 'BAD_PROOF' }),
    ]);
    for (const [i, batch] of reply.reply.chat.entries()) {
      expect(batch.errorCode).toBe('BAD_PROOF');
      expect(batch.entries).toHaveLength(0);
      expect(batch.cursor).toBe(i === 1 ? 1 : 0);
    }
    const owner = await client.pull([{ lookup: queue }]);
    expect(batchOf(owner, 0).count).toBe(2);
  });

  it('holds a long-poll until a push arrives, and answers an idle one with empty batches', async () => {
    const queue = newLookupKeyPair();
    const held = client.pull([{ lookup: queue }], 10_000);
    await until(() => relay.heldPolls() === 1);
    await client.push([userMessage(queue)]);
    const woken = await held;
    const [seq = 0] = batchOf(woken, 0).seqs;
    expect(batchOf(woken, 0).count).toBe(1);

    const idle = await client.pull([{ lookup: queue, after: seq }], 50);
    expect(batchOf(idle, 0)).toMatchObject({ count: 0, cursor: seq, more: false, expired: 0 });
  });

  it('drops a held long-poll whose client disconnects', async () => {
    const abort = new AbortController();
    const held = client.pull([{ lookup: newLookupKeyPair() }], 30_000, abort.signal);
    await until(() => relay.heldPolls() === 1);
    abort.abort();
    await expect(held).rejects.toThrow();
    await until(() => relay.heldPolls() === 0);
  });

  it('answers a pull over 1,000 keys with one batch per key', async () => {
    const queues = Array.from({ length: 1000 }, () => newLookupKeyPair());
    const last = queues[999];
    if (!last) throw new Error('unreachable');
    await client.push([userMessage(last)]);
    const reply = await client.pull(
      queues.map((lookup) => ({ lookup })),
      5_000,
    );
    expect(reply.reply.chat).toHaveLength(1000);
    expect(batchOf(reply, 999).count).toBe(1);
    expect(reply.reply.chat.filter((b) => (b.entries ?? []).length > 0)).toHaveLength(1);
  });

  it('echoes the request uuid and stamps server time', async () => {
    const reply = await client.send({ uuid: 'req-42' });
    expect(reply.reply.uuid).toBe('req-42');
    expect(reply.reply.serverTime).toBeGreaterThan(0);
    const raw = await httpCall(`${relay.url}/v1`, client.seal({}), { agent });
    expect(decodeProto(meow.PackedServerReply, raw.body).error).toBeNull();
  });
});
