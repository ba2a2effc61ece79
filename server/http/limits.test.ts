import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { concatBytes, randomBytes, sign, utf8 } from '../../core/crypto';
import { newLookupKeyPair } from '../../core/lookup';
import { decodeProto, encodeProto } from '../../core/wire';
import { meow } from '../../proto';
import type { RunningRelay } from '../relay';
import { httpCall, plainErrorCode, RelayTestClient, userMessage, batchOf } from './testing/client';
import { removeDir, startTestRelay, tempDir } from './testing/relays';

/** Limits and bad input: each is a clear 4xx with a stable code, never a crash. */
const LIMITS = {
  maxBodyBytes: 64 * 1024,
  maxMessageBytes: 4096,
  maxMessagesPerPush: 3,
  maxKeysPerPull: 4,
  maxEntriesPerPull: 5,
};

/** Streams `total` bytes with chunked transfer encoding (no Content-Length to refuse early). */
function postChunked(url: string, total: number): Promise<{ status: number; code?: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', headers: { 'transfer-encoding': 'chunked' } });
    req.on('error', reject);
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, code: plainErrorCode(Buffer.concat(chunks)) });
      });
    });
    const chunk = new Uint8Array(16 * 1024);
    let sent = 0;
    const pump = (): void => {
      while (sent < total) {
        sent += chunk.length;
        if (!req.write(chunk)) {
          req.once('drain', pump);
          return;
        }
      }
      req.end();
    };
    pump();
  });
}

describe('relay limits and bad input', () => {
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

  const post = (body: Uint8Array) => httpCall(`${relay.url}/v1`, body);

  it('refuses an oversized body: declared (before reading) and streamed (413 BODY_TOO_LARGE)', async () => {
    const declared = await post(new Uint8Array(LIMITS.maxBodyBytes + 1));
    expect([declared.status, plainErrorCode(declared.body)]).toEqual([413, 'BODY_TOO_LARGE']);
    const streamed = await postChunked(`${relay.url}/v1`, 3 * LIMITS.maxBodyBytes);
    expect(streamed).toEqual({ status: 413, code: 'BODY_TOO_LARGE' });
    // The connection pool and the relay are fine afterwards.
    expect((await client.send({})).status).toBe(200);
  });

  it('refuses malformed protobuf, a bad signature, a bad box and unknown versions (400)', async () => {
    const signed = await RelayTestClient.connect(relay.url, undefined, { envelope: 1 });
    const v1 = decodeProto(meow.PackedServerMessage, signed.seal({}));
    const boxed = await RelayTestClient.connect(relay.url, undefined, { envelope: 2 });
    const v3 = decodeProto(meow.PackedServerMessage, client.seal({}));
    const reencode = (good: meow.PackedServerMessage, patch: Partial<meow.IPackedServerMessage>) =>
      encodeProto(
        meow.PackedServerMessage,
        meow.PackedServerMessage.create({
          from: good.from,
          payload: good.payload,
          signature: good.signature,
          version: good.version,
          ...patch,
        }),
      );
    const forged = randomBytes(80);
    const signedGarbage = reencode(v1, {
      payload: forged,
      signature: sign(
        concatBytes(utf8('meow/srv/v1'), relay.keys.box.publicKey, forged),
        signed.identity.privateKey,
      ),
    });
    const lowOrder = new Uint8Array(32);
    lowOrder[0] = 1;
    const cases: [Uint8Array, string][] = [
      [new Uint8Array([0x0a, 0xff, 0x01]), 'MALFORMED'],
      [randomBytes(300), 'MALFORMED'],
      // Version 1 (signed).
      [
        reencode(v1, { signature: v1.signature.map((b, i) => (i === 0 ? b ^ 1 : b)) }),
        'BAD_SIGNATURE',
      ],
      [reencode(v1, { from: randomBytes(32) }), 'BAD_SIGNATURE'],
      [signedGarbage, 'BOX_FAILED'],
      // Version 3 (what the app sends).
      [reencode(v3, { from: randomBytes(33) }), 'MALFORMED'],
      [reencode(v3, { signature: randomBytes(64) }), 'MALFORMED'],
      [reencode(v3, { from: randomBytes(32) }), 'BOX_FAILED'],
      [reencode(v3, { from: lowOrder }), 'BOX_FAILED'],
      [reencode(v3, { payload: forged }), 'BOX_FAILED'],
      // Version 2's cipher is another: a version 3 payload relabelled does not open.
      [reencode(v3, { version: 2 }), 'BOX_FAILED'],
      [reencode(v3, { version: 4 }), 'UNSUPPORTED_VERSION'],
      [reencode(v1, { version: 0 }), 'UNSUPPORTED_VERSION'],
    ];
    for (const [body, code] of cases) {
      const reply = await post(body);
      expect([reply.status, plainErrorCode(reply.body)]).toEqual([400, code]);
    }
    // All three versions are served.
    expect((await signed.send({})).status).toBe(200);
    expect((await boxed.send({})).status).toBe(200);
    expect((await client.send({})).status).toBe(200);
  });

  it('refuses an unknown inner protocol version, boxed to the client', async () => {
    const reply = await client.send({ version: 2 });
    expect([reply.status, reply.reply.error?.code]).toEqual([400, 'UNSUPPORTED_VERSION']);
  });

  it('refuses too many keys or messages before doing anything (400)', async () => {
    const queue = newLookupKeyPair();
    const keys = await client.pull(Array.from({ length: 5 }, () => ({ lookup: queue })));
    expect([keys.status, keys.reply.error?.code]).toEqual([400, 'TOO_MANY_KEYS']);
    const acks = await client.send({
      acks: Array.from({ length: 5 }, () => ({ lookupKey: queue.lookupKey, cursor: 1 })),
    });
    expect(acks.reply.error?.code).toBe('TOO_MANY_KEYS');
    const many = await client.push(Array.from({ length: 4 }, () => userMessage(queue, 10)));
    expect([many.status, many.reply.error?.code]).toEqual([400, 'TOO_MANY_MESSAGES']);
    const pulled = await client.pull([{ lookup: queue }]);
    expect(batchOf(pulled, 0).count).toBe(0);
  });

  it('rejects an oversized message or a bad destination per message, keeping the rest', async () => {
    const queue = newLookupKeyPair();
    const reply = await client.push([
      userMessage(queue, 100),
      userMessage(queue, LIMITS.maxMessageBytes),
      { destination: randomBytes(31), payload: randomBytes(10) },
    ]);
    expect(reply.status).toBe(200);
    expect(reply.reply.pushResults).toEqual([
      expect.objectContaining({ accepted: true }),
      expect.objectContaining({ accepted: false, errorCode: 'MESSAGE_TOO_LARGE' }),
      expect.objectContaining({ accepted: false, errorCode: 'BAD_DESTINATION' }),
    ]);
    const pulled = await client.pull([{ lookup: queue }]);
    expect(batchOf(pulled, 0).count).toBe(1);
  });

  it('applies max_message_bytes to the stored encoding, which carries no send token', async () => {
    const queue = newLookupKeyPair();
    // destination (2 + 32 bytes) and payload (3 + n bytes): n = 4059 stores exactly 4096 bytes.
    const exact = userMessage(queue, LIMITS.maxMessageBytes - 37);
    const over = userMessage(queue, LIMITS.maxMessageBytes - 36);
    expect(encodeProto(meow.PackedUserMessage, exact).length).toBeGreaterThan(
      LIMITS.maxMessageBytes,
    );
    const reply = await client.push([exact, over]);
    expect(reply.reply.pushResults.map((r) => r.errorCode || 'OK')).toEqual([
      'OK',
      'MESSAGE_TOO_LARGE',
    ]);
    const pulled = await client.pull([{ lookup: queue }]);
    const entry = pulled.reply.chat[0]?.entries?.[0];
    expect(entry?.message?.payload).toEqual(exact.payload);
    expect(entry?.message?.sendToken).toHaveLength(0);
  });

  it('caps one reply at max_entries_per_pull over all keys, flagging `more` where it cut', async () => {
    const [q1, q2, q3] = [newLookupKeyPair(), newLookupKeyPair(), newLookupKeyPair()];
    // Pushes of at most max_messages_per_push (3) each.
    await client.push([userMessage(q1, 10), userMessage(q1, 10), userMessage(q1, 10)]);
    await client.push([userMessage(q1, 10), userMessage(q3, 10)]);
    await client.push([userMessage(q2, 10), userMessage(q2, 10), userMessage(q2, 10)]);
    const reply = await client.pull([{ lookup: q1 }, { lookup: q2 }, { lookup: q3 }]);
    expect([batchOf(reply, 0).count, batchOf(reply, 0).more]).toEqual([4, false]);
    expect([batchOf(reply, 1).count, batchOf(reply, 1).more]).toEqual([1, true]);
    expect([batchOf(reply, 2).count, batchOf(reply, 2).cursor, batchOf(reply, 2).more]).toEqual([
      0,
      0,
      true,
    ]);
  });

  it('answers malformed HTTP itself with 400', async () => {
    const { connect } = await import('node:net');
    const url = new URL(relay.url);
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(url.port), url.hostname, () => {
        socket.end('BREW /v1 HTTP/1.1\r\nHost: x\r\n\r\n');
      });
      let text = '';
      socket.on('data', (d: Buffer) => (text += d.toString('latin1')));
      socket.on('end', () => {
        resolve(text);
      });
      socket.on('error', reject);
    });
    expect(answer.startsWith('HTTP/1.1 400')).toBe(true);
  });
});
