import { Agent } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newLookupKeyPair } from '../../core/lookup';
import type { RunningRelay } from '../relay';
import { batchOf, RelayTestClient, userMessage, type ClientReply } from './testing/client';
import { removeDir, startTestRelay, tempDir, until } from './testing/relays';

/**
 * Request limits keyed on what a client cannot choose: its address (per IPv4 address, per IPv6
 * /64) and its connection; and held long-polls per address and in total. Over a limit: 429
 * RATE_LIMITED with retry_after_ms and Retry-After, and the request did nothing.
 */
const MINUTE = 60_000;

function expectLimited(reply: ClientReply): number {
  expect([reply.status, reply.reply.error?.code]).toEqual([429, 'RATE_LIMITED']);
  const retryMs = reply.reply.error?.retryAfterMs ?? 0;
  expect(retryMs).toBeGreaterThan(0);
  expect(reply.headers['retry-after']).toBe(String(Math.ceil(retryMs / 1000)));
  return retryMs;
}

describe('request limits', () => {
  const dirs: string[] = [];
  const relays: RunningRelay[] = [];
  let clock = Date.UTC(2032, 0, 1, 0, 0, 30);
  const now = (): number => clock;

  async function relayWith(
    limits: Parameters<typeof startTestRelay>[0]['limits'],
    trustProxy = true,
  ): Promise<RunningRelay> {
    const dir = await tempDir();
    dirs.push(dir);
    const relay = await startTestRelay({ dataDir: dir, now, trustProxy, limits });
    relays.push(relay);
    return relay;
  }

  const from = (relay: RunningRelay, address: string, agent?: Agent) =>
    RelayTestClient.connect(relay.url, agent, { now, headers: { 'x-forwarded-for': address } });

  afterAll(async () => {
    await Promise.all(relays.map((r) => r.close()));
    await Promise.all(dirs.map(removeDir));
  });

  describe('per address', () => {
    let relay: RunningRelay;
    beforeAll(async () => {
      relay = await relayWith({ requestsPerAddressPerMinute: 5 });
    });

    it('refuses the request over the limit before it does anything, until the window ends', async () => {
      const client = await from(relay, '192.0.2.10');
      for (let i = 0; i < 5; i++) expect((await client.send({})).status).toBe(200);
      const queue = newLookupKeyPair();
      // Counted with the replay record after the open, so the first refusal is boxed; from then
      // on this instance refuses the address before reading the body (a plaintext error).
      const first = await client.push([userMessage(queue)]);
      const retryMs = expectLimited(first);
      expect(first.reply.uuid).not.toBe('');
      const again = await client.send({});
      expect(expectLimited(again)).toBe(retryMs);
      expect(again.reply.uuid).toBe('');
      expect(retryMs).toBe(MINUTE - (clock % MINUTE));
      expect((await (await from(relay, '192.0.2.11')).send({})).status).toBe(200);
      clock += retryMs;
      expect(batchOf(await client.pull([{ lookup: queue }])).count).toBe(0);
    });

    it('counts an IPv6 /64 as one address', async () => {
      const a = await from(relay, '2001:db8:1:2::1');
      const b = await from(relay, '[2001:db8:1:2:ffff::9]:443');
      const other = await from(relay, '2001:db8:1:3::1');
      for (let i = 0; i < 5; i++) expect((await (i % 2 ? a : b).send({})).status).toBe(200);
      expectLimited(await a.send({}));
      expectLimited(await b.send({}));
      expect((await other.send({})).status).toBe(200);
    });

    it('takes only the rightmost X-Forwarded-For entry, and none without trust-proxy', async () => {
      const proxied = await relayWith({ requestsPerAddressPerMinute: 2 });
      for (const spoof of ['10.0.0.1', '10.0.0.2']) {
        const c = await from(proxied, `${spoof}, 192.0.2.50`);
        expect((await c.send({})).status).toBe(200);
      }
      expectLimited(await (await from(proxied, '10.0.0.3, 192.0.2.50')).send({}));

      const direct = await relayWith({ requestsPerAddressPerMinute: 2 }, false);
      for (const spoof of ['192.0.2.1', '192.0.2.2']) {
        expect((await (await from(direct, spoof)).send({})).status).toBe(200);
      }
      expectLimited(await (await from(direct, '192.0.2.3')).send({}));
    });
  });

  it('limits requests per connection, whatever the address', async () => {
    const relay = await relayWith({ requestsPerConnectionPerMinute: 3 });
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const client = await from(relay, '192.0.2.20', agent);
      // The GET /card of connect() was not counted: only POST /v1 is.
      for (let i = 0; i < 3; i++) expect((await client.send({})).status).toBe(200);
      expectLimited(await client.send({}));
      expectLimited(await client.with({ headers: { 'x-forwarded-for': '192.0.2.21' } }).send({}));
      expect((await client.with({}).send({})).status).toBe(429);
      const fresh = new RelayTestClient(
        relay.url,
        client.session.serverPublicKey,
        client.identity,
        undefined,
        client.options,
      );
      expect((await fresh.send({})).status).toBe(200);
    } finally {
      agent.destroy();
    }
  });

  it('refuses held long-polls beyond the limits at once, doing nothing', async () => {
    const relay = await relayWith({ maxHeldPollsPerAddress: 2, maxHeldPolls: 3 });
    const abort = new AbortController();
    const hold = async (address: string) => {
      const client = await from(relay, address);
      void client.pull([{ lookup: newLookupKeyPair() }], 30_000, abort.signal).catch(() => null);
      return client;
    };
    try {
      const a = await hold('192.0.2.30');
      await hold('192.0.2.30');
      await until(() => relay.heldPolls() === 2);
      const queue = newLookupKeyPair();
      const third = await a.send({
        messages: [userMessage(queue)],
        pullRequests: [{ lookupKey: queue.lookupKey, pullToken: queue.pullToken }],
        longPollMs: 30_000,
      });
      expectLimited(third);
      expect(batchOf(await a.pull([{ lookup: queue }])).count).toBe(0);

      await hold('192.0.2.31');
      await until(() => relay.heldPolls() === 3);
      expectLimited(await (await from(relay, '192.0.2.32')).pull([{ lookup: queue }], 30_000));
      // A pull that does not wait is not held, so it is never refused for this.
      expect((await a.pull([{ lookup: queue }])).status).toBe(200);
    } finally {
      abort.abort();
    }
    await until(() => relay.heldPolls() === 0);
    const after = await from(relay, '192.0.2.30');
    const queue = newLookupKeyPair();
    const held = after.pull([{ lookup: queue }], 30_000);
    await until(() => relay.heldPolls() === 1);
    await after.push([userMessage(queue)]);
    expect(batchOf(await held).count).toBe(1);
  });
});
