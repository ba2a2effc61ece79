import * as nodeCrypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import {
  aeadDecrypt,
  aeadEncrypt,
  argon2id,
  boxOpen,
  boxPrecompute,
  boxSeal,
  constantTimeEqual,
  dh,
  dhKeyPair,
  fromBase64Url,
  fromHex,
  hkdf,
  hmacSha256,
  randomBytes,
  sha256,
  sign,
  signKeyPair,
  toBase64Url,
  toHex,
  fromUtf8,
  utf8,
  verify,
  Sha256Stream,
  sha256Async,
} from './index';

// DER prefixes that wrap raw 32-byte keys for node:crypto (RFC 8410).
const ED25519_SPKI_PREFIX = fromHex('302a300506032b6570032100');
const ED25519_PKCS8_PREFIX = fromHex('302e020100300506032b657004220420');
const X25519_SPKI_PREFIX = fromHex('302a300506032b656e032100');
const X25519_PKCS8_PREFIX = fromHex('302e020100300506032b656e04220420');

function der(prefix: Uint8Array, key: Uint8Array): Buffer {
  return Buffer.concat([prefix, key]);
}

function nodeRaw(key: nodeCrypto.KeyObject, type: 'spki' | 'pkcs8'): Uint8Array {
  const exported = key.export({ format: 'der', type });
  return new Uint8Array(exported.subarray(exported.length - 32));
}

describe('Ed25519 cross-checked with node:crypto (OpenSSL)', () => {
  it('our signatures verify with OpenSSL', () => {
    for (let i = 0; i < 20; i++) {
      const kp = signKeyPair();
      const msg = randomBytes(i * 13);
      const sig = sign(msg, kp.privateKey);
      const pub = nodeCrypto.createPublicKey({
        key: der(ED25519_SPKI_PREFIX, kp.publicKey),
        format: 'der',
        type: 'spki',
      });
      expect(nodeCrypto.verify(null, msg, pub, sig)).toBe(true);
      const tampered = Uint8Array.from(msg.length ? msg : [0]);
      tampered[0] = (tampered[0] ?? 0) ^ 1;
      expect(nodeCrypto.verify(null, tampered, pub, sig)).toBe(false);
    }
  });

  it("OpenSSL's signatures verify with ours", () => {
    for (let i = 0; i < 20; i++) {
      const { publicKey, privateKey } = nodeCrypto.generateKeyPairSync('ed25519');
      const msg = randomBytes(i * 7 + 1);
      const sig = new Uint8Array(nodeCrypto.sign(null, msg, privateKey));
      const raw = nodeRaw(publicKey, 'spki');
      expect(verify(sig, msg, raw)).toBe(true);
      sig[5] = (sig[5] ?? 0) ^ 0x80;
      expect(verify(sig, msg, raw)).toBe(false);
    }
  });

  it('seeded key pairs match OpenSSL key derivation from the same seed', () => {
    const seed = randomBytes(32);
    const ours = signKeyPair(seed);
    const priv = nodeCrypto.createPrivateKey({
      key: der(ED25519_PKCS8_PREFIX, seed),
      format: 'der',
      type: 'pkcs8',
    });
    expect(toHex(nodeRaw(nodeCrypto.createPublicKey(priv), 'spki'))).toBe(toHex(ours.publicKey));
  });

  it('rejects malformed signatures and keys without throwing', () => {
    const kp = signKeyPair();
    const msg = utf8('hello');
    const sig = sign(msg, kp.privateKey);
    expect(verify(sig.subarray(0, 63), msg, kp.publicKey)).toBe(false);
    expect(verify(sig, msg, kp.publicKey.subarray(1))).toBe(false);
    expect(verify(new Uint8Array(64), msg, new Uint8Array(32))).toBe(false);
  });
});

describe('X25519 cross-checked with node:crypto', () => {
  it('shared secrets equal OpenSSL diffieHellman in both directions', () => {
    for (let i = 0; i < 20; i++) {
      const ours = dhKeyPair();
      const theirs = nodeCrypto.generateKeyPairSync('x25519');
      const theirPublic = nodeRaw(theirs.publicKey, 'spki');
      const ourSecret = dh(ours.privateKey, theirPublic);
      const nodeSecret = nodeCrypto.diffieHellman({
        privateKey: theirs.privateKey,
        publicKey: nodeCrypto.createPublicKey({
          key: der(X25519_SPKI_PREFIX, ours.publicKey),
          format: 'der',
          type: 'spki',
        }),
      });
      expect(toHex(ourSecret)).toBe(nodeSecret.toString('hex'));
      // And OpenSSL computes the same from our private key.
      const ourPrivNode = nodeCrypto.createPrivateKey({
        key: der(X25519_PKCS8_PREFIX, ours.privateKey),
        format: 'der',
        type: 'pkcs8',
      });
      expect(toHex(nodeRaw(nodeCrypto.createPublicKey(ourPrivNode), 'spki'))).toBe(
        toHex(ours.publicKey),
      );
    }
  });

  it('rejects a low-order public key', () => {
    const kp = dhKeyPair();
    expect(() => dh(kp.privateKey, new Uint8Array(32))).toThrow(AppError);
  });
});

describe('HKDF and HMAC cross-checked with node:crypto', () => {
  it('HKDF equals hkdfSync for many lengths, salts and infos', () => {
    for (let i = 0; i < 50; i++) {
      const ikm = randomBytes(1 + (i % 64));
      const salt = i % 5 === 0 ? new Uint8Array(0) : randomBytes(i % 80);
      const info = randomBytes(i % 30);
      const length = 1 + ((i * 37) % 200);
      const expected = new Uint8Array(nodeCrypto.hkdfSync('sha256', ikm, salt, info, length));
      expect(toHex(hkdf(ikm, salt, info, length))).toBe(toHex(expected));
    }
  });

  it('HMAC-SHA256 equals createHmac for short, 32-byte and long keys', () => {
    for (const keyLength of [0, 1, 31, 32, 33, 64, 65, 200]) {
      const key = randomBytes(keyLength);
      const data = randomBytes(100);
      const expected = nodeCrypto.createHmac('sha256', key).update(data).digest('hex');
      expect(toHex(hmacSha256(key, data))).toBe(expected);
    }
  });

  it('SHA-256 equals createHash', () => {
    const data = randomBytes(1000);
    expect(toHex(sha256(data))).toBe(nodeCrypto.createHash('sha256').update(data).digest('hex'));
  });

  it('SHA-256 by Web Crypto equals createHash, for views into larger buffers too', async () => {
    const data = randomBytes(300_000);
    const view = data.subarray(1000, 263_144);
    const expected = nodeCrypto.createHash('sha256').update(view).digest('hex');
    expect(toHex(await sha256Async(view))).toBe(expected);
    expect(toHex(await sha256Async(new Uint8Array(0)))).toBe(toHex(sha256(new Uint8Array(0))));
  });

  it('SHA-256 fed in pieces equals the one-shot hash; a finished stream takes no more', () => {
    const data = randomBytes(300_000);
    const stream = new Sha256Stream();
    for (const cut of [0, 1, 64, 1000, 200_000]) stream.update(data.subarray(cut, cut + 50_000));
    const pieces = [0, 1, 64, 1000, 200_000].map((cut) => data.subarray(cut, cut + 50_000));
    const expected = nodeCrypto.createHash('sha256');
    for (const piece of pieces) expected.update(piece);
    expect(toHex(stream.digest())).toBe(expected.digest('hex'));
    expect(() => {
      stream.update(data);
    }).toThrow(AppError);
    stream.dispose(); // harmless once finished
    expect(toHex(new Sha256Stream().digest())).toBe(toHex(sha256(new Uint8Array(0))));
    const abandoned = new Sha256Stream();
    abandoned.update(data);
    abandoned.dispose();
    expect(() => abandoned.digest()).toThrow(AppError);
  });

  it('rejects out-of-range lengths', () => {
    expect(() => hkdf(randomBytes(32), new Uint8Array(0), new Uint8Array(0), 0)).toThrow(AppError);
    expect(() => hkdf(randomBytes(32), new Uint8Array(0), new Uint8Array(0), 255 * 32 + 1)).toThrow(
      AppError,
    );
  });
});

describe('symmetric primitives', () => {
  it('AEAD round-trips and rejects tampering and wrong associated data', () => {
    const key = randomBytes(32);
    const sealed = aeadEncrypt(key, utf8('secret'), utf8('ad'));
    expect(new TextDecoder().decode(aeadDecrypt(key, sealed, utf8('ad')))).toBe('secret');
    expect(() => aeadDecrypt(key, sealed, utf8('other'))).toThrow(AppError);
    for (let i = 0; i < sealed.length; i++) {
      const t = Uint8Array.from(sealed);
      t[i] = (t[i] ?? 0) ^ 1;
      expect(() => aeadDecrypt(key, t, utf8('ad'))).toThrow(AppError);
    }
    expect(() => aeadDecrypt(key, sealed.subarray(0, 10))).toThrow(AppError);
  });

  it('box with precomputed keys is symmetric between the two parties', () => {
    const a = dhKeyPair();
    const b = dhKeyPair();
    const ab = boxPrecompute(b.publicKey, a.privateKey);
    const ba = boxPrecompute(a.publicKey, b.privateKey);
    expect(toHex(ab)).toBe(toHex(ba));
    const sealed = boxSeal(utf8('hi'), ab);
    expect(new TextDecoder().decode(boxOpen(sealed, ba))).toBe('hi');
    const wrong = boxPrecompute(dhKeyPair().publicKey, b.privateKey);
    expect(() => boxOpen(sealed, wrong)).toThrow(AppError);
  });

  it('Argon2id is deterministic per salt and differs across salts', () => {
    const params = { opsLimit: 1, memLimitBytes: 8 * 1024 * 1024 };
    const salt = randomBytes(16);
    const k1 = argon2id(utf8('pw'), salt, 32, params);
    expect(toHex(argon2id(utf8('pw'), salt, 32, params))).toBe(toHex(k1));
    expect(toHex(argon2id(utf8('pw'), randomBytes(16), 32, params))).not.toBe(toHex(k1));
    expect(toHex(argon2id(utf8('pW'), salt, 32, params))).not.toBe(toHex(k1));
    expect(() => argon2id(utf8('pw'), randomBytes(8), 32, params)).toThrow(AppError);
  });

  it('constant-time compare and base64url', () => {
    const a = randomBytes(32);
    expect(constantTimeEqual(a, Uint8Array.from(a))).toBe(true);
    expect(constantTimeEqual(a, randomBytes(32))).toBe(false);
    expect(constantTimeEqual(a, a.subarray(1))).toBe(false);
    for (let n = 0; n < 40; n++) {
      const bytes = randomBytes(n);
      expect(toHex(fromBase64Url(toBase64Url(bytes)))).toBe(toHex(bytes));
    }
    expect(() => fromBase64Url('a+b')).toThrow();
  });

  it('base64url is the RFC 4648 §5 alphabet without padding, and rejects anything else', () => {
    for (let n = 0; n < 70; n++) {
      const bytes = randomBytes(n);
      const text = Buffer.from(bytes).toString('base64url');
      expect(toBase64Url(bytes)).toBe(text);
      expect(toHex(fromBase64Url(text))).toBe(toHex(bytes));
    }
    expect(toBase64Url(Uint8Array.of(0xfb, 0xff, 0xbf))).toBe('-_-_');
    for (const bad of ['a', 'abcde', 'ab=', 'ab+c', 'ab/c', 'ab c', 'abé', 'ab\u0100c']) {
      expect(() => fromBase64Url(bad)).toThrow(TypeError);
    }
    // Like atob: the unused low bits of a last partial group are ignored, not refused.
    expect(toHex(fromBase64Url('AB'))).toBe('00');
    expect(toHex(fromBase64Url('AAB'))).toBe('0000');
    expect(fromBase64Url('')).toEqual(new Uint8Array(0));
  });

  it('utf8 round-trips and refuses malformed UTF-8, call after call', () => {
    for (const text of ['', 'meow', 'é😺', 'x'.repeat(5000)]) {
      expect(fromUtf8(utf8(text))).toBe(text);
    }
    expect(() => fromUtf8(Uint8Array.of(0xc3))).toThrow();
    expect(fromUtf8(utf8('after an error'))).toBe('after an error');
  });
});
