import * as nodeCrypto from 'node:crypto';
import { createRequire } from 'node:module';
import { useHostCrypto, type SodiumNativeLib } from '../core/crypto';

/**
 * The relay's native primitives where they prove sound (core/crypto/native-probe.ts
 * `useHostCrypto`): libsodium's C build for the DH and the payload cipher of every request
 * (node:crypto's ChaCha20-Poly1305 for large payloads if that build is missing). sodium-native is loaded at run time, so a platform without its prebuild runs
 * on libsodium's WebAssembly build instead of failing to start.
 */
export function useRelayNativeCrypto(): { sodium: boolean; aead: boolean } {
  return useHostCrypto(
    nodeCrypto,
    () => createRequire(import.meta.url)('sodium-native') as SodiumNativeLib,
  );
}
