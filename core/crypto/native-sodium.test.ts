import * as nodeCrypto from 'node:crypto';
import { createRequire } from 'node:module';
import { afterEach, describe, expect, it } from 'vitest';
import { isAppError } from '../errors';
import {
  aeadDecrypt,
  aeadEncrypt,
  argon2id,
  argon2idOffThread,
  boxOpen,
  boxPrecompute,
  boxSeal,
  dh,
  dhKeyPair,
  dhPublicKey,
  nativeSodiumFrom,
  randomBytes,
  Sha256Stream,
  useHostCrypto,
  useNativeSha256,
  useNativeChaCha20Poly1305,
  useNativeSodium,
  useNativeSodiumIfSound,
  utf8,
  type NativeSodium,
  type SodiumNativeLib,
} from '.';

const loadSodium = () => createRequire(import.meta.url)('sodium-native') as SodiumNativeLib;
const native = nativeSodiumFrom(loadSodium());

/** What the X25519 functions give for the same keys under `impl`. */
function keysWith(impl: NativeSodium | undefined, mine: Uint8Array, theirs: Uint8Array) {
  useNativeSodium(impl);
  return {
    publicKey: dhPublicKey(mine),
    shared: dh(mine, theirs),
    boxKey: boxPrecompute(theirs, mine),
  };
}

/** Seals under `from`, opens under `to`. */
function roundTrip(from: NativeSodium | undefined, to: NativeSodium | undefined, size: number) {
  const key = randomBytes(32);
  const text = randomBytes(size);
  const ad = randomBytes(12);
  useNativeSodium(from);
  const [sealed, boxed] = [aeadEncrypt(key, text, ad), boxSeal(text, key)];
  useNativeSodium(to);
  return { text, opened: aeadDecrypt(key, sealed, ad), unboxed: boxOpen(boxed, key) };
}

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (err) {
    return isAppError(err) ? err.code : 'not an AppError';
  }
  return undefined;
}

describe('libsodium through sodium-native', () => {
  afterEach(() => {
    useNativeSodium(undefined);
    useNativeChaCha20Poly1305(undefined);
    useNativeSha256(undefined);
  });

  it("is what a host's start-up hands core, each part on its own, again and again", () => {
    const all = { sodium: true, aead: true, sha256: true };
    expect(useHostCrypto(nodeCrypto, loadSodium)).toEqual(all);
    expect(useHostCrypto(nodeCrypto, loadSodium)).toEqual(all);
    const missing = () => {
      throw new Error('no prebuild for this platform');
    };
    expect(useHostCrypto(nodeCrypto, missing)).toEqual({ sodium: false, aead: true, sha256: true });
    const { text, opened } = roundTrip(undefined, undefined, 70_000); // node:crypto's cipher
    expect(opened).toEqual(text);
  });

  it("hashes attachments with the host's SHA-256 to the same digest as the WebAssembly build", () => {
    const pieces = [randomBytes(262_144), randomBytes(1), randomBytes(0), randomBytes(99_999)];
    const digestOf = () => {
      const stream = new Sha256Stream();
      for (const piece of pieces) stream.update(piece);
      return stream.digest();
    };
    useNativeSha256(undefined);
    const wasm = digestOf();
    useHostCrypto(nodeCrypto, loadSodium);
    const host = digestOf();
    expect(host).toEqual(wasm);
    const expected = nodeCrypto.createHash('sha256');
    for (const piece of pieces) expected.update(piece);
    expect(Buffer.from(host).equals(expected.digest())).toBe(true);
  });

  it('computes the same public keys, secrets and box keys as the WebAssembly build', () => {
    for (let i = 0; i < 50; i++) {
      const mine = randomBytes(32);
      const theirs = dhKeyPair().publicKey;
      expect(keysWith(native, mine, theirs)).toEqual(keysWith(undefined, mine, theirs));
    }
  });

  it('opens what the WebAssembly build sealed and the reverse, at every size', () => {
    for (const size of [0, 1, 300, 1100, 70_000]) {
      for (const [from, to] of [
        [native, undefined],
        [undefined, native],
        [native, native],
      ] as const) {
        const { text, opened, unboxed } = roundTrip(from, to, size);
        expect(opened).toEqual(text);
        expect(unboxed).toEqual(text);
      }
    }
  });

  it('refuses a low-order key as CRYPTO_BAD_KEY and a changed byte as CRYPTO_DECRYPT_FAILED', () => {
    useNativeSodium(native);
    const lowOrder = new Uint8Array(32); // the identity point
    expect(codeOf(() => dh(randomBytes(32), lowOrder))).toBe('CRYPTO_BAD_KEY');
    expect(codeOf(() => boxPrecompute(lowOrder, randomBytes(32)))).toBe('CRYPTO_BAD_KEY');
    const key = randomBytes(32);
    const sealed = aeadEncrypt(key, randomBytes(100));
    const boxed = boxSeal(randomBytes(100), key);
    sealed[40] = (sealed[40] ?? 0) ^ 1;
    boxed[40] = (boxed[40] ?? 0) ^ 1;
    expect(codeOf(() => aeadDecrypt(key, sealed))).toBe('CRYPTO_DECRYPT_FAILED');
    expect(codeOf(() => boxOpen(boxed, key))).toBe('CRYPTO_DECRYPT_FAILED');
  });

  it('derives the same Argon2id keys as the WebAssembly build, off this thread', async () => {
    useNativeSodium(native);
    const offThread = argon2idOffThread();
    if (!offThread) throw new Error('no thread-pool Argon2id with the C build in place');
    const salt = new Uint8Array(16).fill(3);
    const params = { opsLimit: 2, memLimitBytes: 1024 * 1024 };
    for (const password of ['correct horse', '', 'A\u030a'].map((p) => utf8(p))) {
      const expected = argon2id(password, salt, 32, params);
      expect(await offThread(password, salt, 32, params)).toEqual(expected);
    }
    await expect(offThread(utf8('x'), new Uint8Array(8), 32, params)).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
    });
    useNativeSodium(undefined);
    expect(argon2idOffThread()).toBeUndefined();
  });

  it('is used only when it proves sound, and otherwise leaves the WebAssembly build in charge', () => {
    expect(useNativeSodiumIfSound(() => native)).toBe(true);
    const wrongKeys: NativeSodium = {
      ...native,
      x25519Base: (k) => native.x25519Base(k).reverse(),
    };
    const lenient: NativeSodium = {
      ...native,
      aeadOpen: (k, n, s) => s.subarray(0, s.length - 16),
    };
    const lowOrderOk: NativeSodium = { ...native, x25519: () => new Uint8Array(32) };
    const otherArgon: NativeSodium = {
      ...native,
      argon2id: (out, password, salt, ops, mem) => {
        native.argon2id(out, password, salt, ops + 1, mem);
      },
    };
    expect(useNativeSodiumIfSound(() => wrongKeys)).toBe(false);
    expect(useNativeSodiumIfSound(() => otherArgon)).toBe(false);
    expect(useNativeSodiumIfSound(() => lenient)).toBe(false);
    expect(useNativeSodiumIfSound(() => lowOrderOk)).toBe(false);
    expect(
      useNativeSodiumIfSound(() => {
        throw new Error('no prebuild for this platform');
      }),
    ).toBe(false);
    const { text, opened } = roundTrip(undefined, undefined, 500);
    expect(opened).toEqual(text);
  });
});
