import { describe, expect, it } from 'vitest';
import { boxPrecompute, dhKeyPair, dhPublicKey } from '../../../core/crypto';
import { isAppError } from '../../../core/errors';
import {
  openServerReply,
  openServerRequest,
  sealServerReply,
  sealServerRequest,
  SIGNED_ENVELOPE_VERSION,
} from '../../../core/envelope/server';
import { freshNativeSession } from './native-session';

describe('a relay session with native X25519', () => {
  it('derives the key libsodium would, and the relay opens the request and the client the reply', () => {
    const relay = dhKeyPair();
    const session = freshNativeSession(relay.publicKey);
    const { publicKey, privateKey } = session.clientKeyPair;
    expect(dhPublicKey(privateKey)).toEqual(publicKey);
    expect(session.boxKey).toEqual(boxPrecompute(relay.publicKey, privateKey));
    const opened = openServerRequest(sealServerRequest({ uuid: 'u1' }, session), relay);
    expect(opened.request.uuid).toBe('u1');
    const reply = sealServerReply({ uuid: 'u1' }, opened.boxKey, opened.version);
    expect(openServerReply(reply, session).uuid).toBe('u1');
  });

  it('uses a new key for every request', () => {
    const relay = dhKeyPair();
    const keys = new Set(
      Array.from({ length: 20 }, () =>
        Buffer.from(freshNativeSession(relay.publicKey).clientKeyPair.publicKey).toString('hex'),
      ),
    );
    expect(keys.size).toBe(20);
  });

  it('keeps the signed envelope on core path, and refuses a low-order relay key', () => {
    const relay = dhKeyPair();
    const signed = freshNativeSession(relay.publicKey, SIGNED_ENVELOPE_VERSION);
    expect(signed.version).toBe(SIGNED_ENVELOPE_VERSION);
    expect(openServerRequest(sealServerRequest({ uuid: 'v1' }, signed), relay).request.uuid).toBe(
      'v1',
    );
    const lowOrder = new Uint8Array(32);
    lowOrder[0] = 1;
    let code = '';
    try {
      freshNativeSession(lowOrder);
    } catch (err) {
      code = isAppError(err) ? err.code : 'not an AppError';
    }
    expect(code).toBe('CRYPTO_BAD_KEY');
  });
});
