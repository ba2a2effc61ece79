import * as nodeCrypto from 'node:crypto';
import { createRequire } from 'node:module';
import { useHostCrypto, type SodiumNativeLib } from '../../core/crypto';

let checked = false;

/**
 * Gives core/crypto this runtime's native primitives where they prove sound
 * (core/crypto/native-probe.ts `useHostCrypto`): libsodium's C build for X25519 and the ciphers of
 * every message, relay request and ratchet step (node:crypto's ChaCha20-Poly1305 for large
 * inputs if that build is missing). Idempotent: the engine calls it
 * when it is made.
 */
export function useNativeCrypto(): void {
  if (checked) return;
  checked = true;
  useHostCrypto(nodeCrypto, loadSodiumNative);
}

/**
 * sodium-native (libsodium's C build; an N-API prebuild per platform), loaded at run time so
 * that a platform without a prebuild keeps the WebAssembly build instead of failing to start.
 */
function loadSodiumNative(): SodiumNativeLib {
  return createRequire(import.meta.url)('sodium-native') as SodiumNativeLib;
}
