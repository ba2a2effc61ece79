import { afterEach, describe, expect, it } from 'vitest';
import { randomBytes } from '../../core/crypto';
import { newLookupKeyPair } from '../../core/lookup';
import { decodeProto, encodeProto } from '../../core/wire';
import { meow } from '../../proto';
import { makeTempDir, type TempDir } from '../../testkit/tmp';
import { defaultConfig } from '../config';
import { EmbeddedStore } from '../store/embedded';
import { runPushes, storedForm } from './push';

describe('storedForm', () => {
  it('is the bytes protobufjs writes for PackedUserMessage{destination, payload}', () => {
    const destination = randomBytes(32);
    for (const size of [0, 1, 127, 128, 300, 16_383, 16_384, 70_000]) {
      const payload = new Uint8Array(size).fill(7);
      const stored = storedForm(destination, payload);
      expect(stored).toEqual(
        Uint8Array.from(encodeProto(meow.PackedUserMessage, { destination, payload })),
      );
      const back = decodeProto(meow.PackedUserMessage, stored);
      expect(back.payload).toHaveLength(size);
      expect(back.sendToken).toHaveLength(0);
    }
  });
});

describe('runPushes: one send check per queue and token, the same answer per message', () => {
  const limits = defaultConfig().limits;
  let dir: TempDir | undefined;
  let store: EmbeddedStore | undefined;
  afterEach(async () => {
    await store?.close();
    await dir?.cleanup();
  });

  it('refuses exactly the messages whose token does not grant their queue', async () => {
    dir = await makeTempDir('meow-push-');
    store = await EmbeddedStore.open(dir.path, {
      ttlMs: limits.queueTtlMs,
      maxLength: limits.queueMaxLength,
      maxBytes: limits.queueMaxBytes,
      metaIdleMs: limits.queueMetaIdleMs,
    });
    const a = newLookupKeyPair();
    const b = newLookupKeyPair();
    const to = (queue: typeof a, sendToken: Uint8Array): meow.IPackedUserMessage => ({
      destination: queue.lookupKey,
      payload: randomBytes(40),
      sendToken,
    });
    const messages = [
      to(a, a.sendToken),
      to(a, b.sendToken), // b's token does not grant a
      to(a, a.sendToken),
      to(b, a.sendToken), // nor a's token b
      to(b, b.sendToken),
      to(
        a,
        a.sendToken.map((x, i) => (i === 0 ? x ^ 1 : x)),
      ),
      to(b, b.sendToken),
      to(a, new Uint8Array(0)),
    ];
    const results = await runPushes(store, messages, limits, Date.now());
    expect(results.map((r) => r.errorCode || 'ok')).toEqual([
      'ok',
      'NO_CAPABILITY',
      'ok',
      'NO_CAPABILITY',
      'ok',
      'NO_CAPABILITY',
      'ok',
      'NO_CAPABILITY',
    ]);
    const read = await store.read(a.lookupKey, 0, 10, Date.now());
    expect(read.entries.map((e) => decodeProto(meow.PackedUserMessage, e.message).payload)).toEqual(
      [messages[0]?.payload, messages[2]?.payload],
    );
  });
});
