import { describe, expect, it } from 'vitest';
import { verifyServerCard as verifyOnClient } from '../core/card';
import { fingerprint, signKeyPair } from '../core/crypto';
import { isAppError } from '../core/errors';
import { encodeProto } from '../core/wire';
import { meow } from '../proto';
import { defaultConfig } from './config';
import { buildServerCard, verifyServerCard as verifyOnRelay, type RelayKeys } from './keys';
import { dhKeyPair } from '../core/crypto';

/**
 * The client's card check (core/card) must accept exactly what the relay signs (server/keys.ts):
 * core cannot import server/, so this cross-check lives on the server side.
 */
function relayKeys(): RelayKeys {
  return { box: dhKeyPair(), signing: signKeyPair() };
}

describe('ServerCard compatibility between server/keys.ts and core/card', () => {
  it('core/card verifies a card built by buildServerCard, as object and as bytes', () => {
    const keys = relayKeys();
    const config = defaultConfig({ name: 'compat relay' });
    const card = buildServerCard(keys, config, 'http://127.0.0.1:9999');
    const bytes = encodeProto(meow.ServerCard, card);
    expect(verifyOnRelay(card)).toBe(true);
    const verified = verifyOnClient(bytes, {
      publicKey: keys.box.publicKey,
      signingKey: keys.signing.publicKey,
    });
    expect(verified.name).toBe('compat relay');
    expect(verified.url).toBe('http://127.0.0.1:9999');
    expect(fingerprint(verified.publicKey)).toBe(fingerprint(keys.box.publicKey));
    expect(verifyOnClient(card).limits).toMatchObject({
      maxLongPollMs: config.limits.maxLongPollMs,
      queueMaxLength: 10_000,
      queueMaxBytes: 64 * 1024 * 1024,
      replayWindowMs: 300_000,
      maxHeldPollsPerAddress: 256,
    });
  });

  it('uses the public URL when configured, and both sides agree on tampering', () => {
    const keys = relayKeys();
    const card = buildServerCard(
      keys,
      defaultConfig({ publicUrl: 'https://relay.example' }),
      'http://127.0.0.1:1',
    );
    expect(verifyOnClient(card).url).toBe('https://relay.example');
    const tampered: meow.IServerCard = Object.assign(meow.ServerCard.create(card), {
      url: 'https://evil.example',
    });
    expect(verifyOnRelay(tampered)).toBe(false);
    expect(() => verifyOnClient(tampered)).toThrow(
      expect.objectContaining({ code: 'CARD_BAD_SIGNATURE' }) as Error,
    );
    const other = relayKeys().signing.publicKey;
    expect(verifyOnRelay(card, other)).toBe(false);
    try {
      verifyOnClient(card, { signingKey: other });
      expect.unreachable();
    } catch (err) {
      expect(isAppError(err, 'CARD_KEY_MISMATCH')).toBe(true);
    }
  });
});
