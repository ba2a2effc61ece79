import { constantTimeEqual } from './keys';
import {
  chaCha20Poly1305From,
  NATIVE_AEAD_MIN_BYTES,
  useNativeChaCha20Poly1305,
  type ChaCha20Poly1305,
  type CipherLib,
} from './native-aead';
import { useNativeX25519IfSound, x25519From, type SodiumNativeLib } from './native-x25519';
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
 * Everything a Node host hands core/crypto at start-up, each part only if it proves sound:
 * ChaCha20-Poly1305 from its node:crypto (large inputs; native-aead.ts) and X25519 from
 * sodium-native (native-x25519.ts; `loadSodium` may throw where no prebuild exists, and then
 * libsodium's WebAssembly build does the work). Returns what is in use.
 */
export function useHostCrypto(
  cipherLib: CipherLib,
  loadSodium: () => SodiumNativeLib,
): { aead: boolean; x25519: boolean } {
  return {
    aead: useNativeChaCha20Poly1305IfSound(() => chaCha20Poly1305From(cipherLib)),
    x25519: useNativeX25519IfSound(() => x25519From(loadSodium())),
  };
}
