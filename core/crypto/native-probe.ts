import { constantTimeEqual } from './keys';
import { Sha256Stream, useNativeSha256, type Sha256Hasher } from './kdf';
import {
  chaCha20Poly1305From,
  NATIVE_AEAD_MIN_BYTES,
  useNativeChaCha20Poly1305,
  type ChaCha20Poly1305,
  type CipherLib,
} from './native-aead';
import {
  nativeSodiumFrom,
  useNativeSodium,
  type NativeSodium,
  type SodiumNativeLib,
} from './native-sodium';
import { sodium } from './sodium';
import { aeadEncryptWithNonce } from './symmetric';

/**
 * Hands core/crypto a host's native ChaCha20-Poly1305 (native-aead.ts) only if it seals what
 * libsodium seals: checked once rather than assumed, because Electron's main process runs on
 * BoringSSL, whose cipher list differs from Node's OpenSSL. Returns whether it is in use; when
 * not, libsodium does the work as before.
 */
export function useNativeChaCha20Poly1305IfSound(make: () => ChaCha20Poly1305): boolean {
  const key = new Uint8Array(32).fill(7);
  const nonce = new Uint8Array(24).fill(9);
  const probe = new Uint8Array(NATIVE_AEAD_MIN_BYTES).fill(1);
  const ad = new Uint8Array([1, 2, 3]);
  useNativeChaCha20Poly1305(undefined);
  const reference = aeadEncryptWithNonce(key, nonce, probe, ad);
  try {
    useNativeChaCha20Poly1305(make());
    if (constantTimeEqual(aeadEncryptWithNonce(key, nonce, probe, ad), reference)) return true;
  } catch {
    // not available in this runtime
  }
  useNativeChaCha20Poly1305(undefined);
  return false;
}

/**
 * Hands core/crypto a native libsodium (native-sodium.ts) only if every operation it takes over
 * gives the WebAssembly build's bytes for the same input and refuses what that build refuses (a
 * low-order X25519 key, a changed ciphertext). Returns whether it is in use.
 */
export function useNativeSodiumIfSound(make: () => NativeSodium): boolean {
  useNativeSodium(undefined);
  try {
    const impl = make();
    if (!sameAsWasm(impl) || !refusesWhatWasmRefuses(impl)) return false;
    useNativeSodium(impl);
    return true;
  } catch {
    return false; // not available in this runtime
  }
}

const fill = (length: number, value: number): Uint8Array => new Uint8Array(length).fill(value);

function sameAsWasm(impl: NativeSodium): boolean {
  const [a, b, key, nonce, text, ad] = [
    fill(32, 5),
    fill(32, 11),
    fill(32, 7),
    fill(24, 9),
    fill(1100, 1),
    fill(3, 2),
  ];
  const publicA = sodium.crypto_scalarmult_base(a);
  const sealed = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(text, ad, null, nonce, key);
  const boxed = sodium.crypto_box_easy_afternm(text, nonce, key);
  const boxedNative = new Uint8Array(boxed.length);
  impl.secretboxSealInto(boxedNative, text, nonce, key);
  const opened = impl.aeadOpen(key, nonce, sealed, ad);
  const [ops, mem] = [1, 8192]; // libsodium's minimum cost: the probe takes a few milliseconds
  const argon2id13 = sodium.crypto_pwhash_ALG_ARGON2ID13;
  const hashed = sodium.crypto_pwhash(32, text, key.subarray(0, 16), ops, mem, argon2id13);
  const hashedNative = new Uint8Array(32);
  impl.argon2id(hashedNative, text, key.subarray(0, 16), ops, mem);
  const unboxed = impl.secretboxOpen(boxed, nonce, key);
  return (
    constantTimeEqual(impl.x25519Base(a), publicA) &&
    constantTimeEqual(impl.x25519(b, publicA), sodium.crypto_scalarmult(b, publicA)) &&
    constantTimeEqual(impl.aeadSeal(key, nonce, text, ad), sealed) &&
    opened !== null &&
    constantTimeEqual(opened, text) &&
    constantTimeEqual(boxedNative, boxed) &&
    unboxed !== null &&
    constantTimeEqual(unboxed, text) &&
    constantTimeEqual(hashedNative, hashed)
  );
}

function refusesWhatWasmRefuses(impl: NativeSodium): boolean {
  const [key, nonce] = [fill(32, 7), fill(24, 9)];
  const changed = impl.aeadSeal(key, nonce, fill(64, 1), null);
  changed[0] = (changed[0] ?? 0) ^ 1;
  const changedBox = new Uint8Array(80);
  impl.secretboxSealInto(changedBox, fill(64, 1), nonce, key);
  changedBox[20] = (changedBox[20] ?? 0) ^ 1;
  let lowOrderRefused = false;
  try {
    impl.x25519(fill(32, 5), new Uint8Array(32));
  } catch {
    lowOrderRefused = true;
  }
  return (
    lowOrderRefused &&
    impl.aeadOpen(key, nonce, changed, null) === null &&
    impl.secretboxOpen(changedBox, nonce, key) === null
  );
}

/**
 * Everything a Node host hands core/crypto at start-up, each part only if it proves sound:
 * libsodium's C build through sodium-native (native-sodium.ts; `loadSodium` may throw where no
 * prebuild exists, and then the WebAssembly build does the work) and, for large inputs where
 * that is missing, ChaCha20-Poly1305 from the host's node:crypto (native-aead.ts). Returns what
 * is in use.
 */
export function useHostCrypto(
  cipherLib: CipherLib,
  loadSodium: () => SodiumNativeLib,
): { sodium: boolean; aead: boolean; sha256: boolean } {
  // node:crypto's cipher is checked against the WebAssembly build, so with no C build in place
  // (a second call, e.g. a second relay in one process, finds the first one's).
  useNativeSodium(undefined);
  const aead = useNativeChaCha20Poly1305IfSound(() => chaCha20Poly1305From(cipherLib));
  const sha256 = useNativeSha256IfSound(() => cipherLib.createHash('sha256'));
  return { sodium: useNativeSodiumIfSound(() => nativeSodiumFrom(loadSodium())), aead, sha256 };
}

/** The host's incremental SHA-256 for Sha256Stream, if it hashes as libsodium does. */
function useNativeSha256IfSound(make: () => Sha256Hasher): boolean {
  useNativeSha256(undefined);
  try {
    const parts = [fill(1000, 3), fill(70_000, 4), new Uint8Array(0), fill(5, 6)];
    const reference = new Sha256Stream();
    const hasher = make();
    for (const part of parts) {
      reference.update(part);
      hasher.update(part);
    }
    if (!constantTimeEqual(new Uint8Array(hasher.digest()), reference.digest())) return false;
    useNativeSha256(make);
    return true;
  } catch {
    return false; // not available in this runtime: the WebAssembly build hashes
  }
}
