import * as nodeCrypto from 'node:crypto';
import { createRequire } from 'node:module';
import { useHostCrypto, type SodiumNativeLib } from '../core/crypto';

/**
 * The relay's native primitives where they prove sound (core/crypto/native-probe.ts
 * `useHostCrypto`): ChaCha20-Poly1305 for envelope payloads of batches, X25519 for the DH of
 * every request. sodium-native is loaded at run time, so a platform without its prebuild runs
 * on libsodium's WebAssembly build instead of failing to start.
 */
export function useRelayNativeCrypto(): { aead: boolean; x25519: boolean } {
  return useHostCrypto(
    nodeCrypto,
    () => createRequire(import.meta.url)('sodium-native') as SodiumNativeLib,
  );
}
