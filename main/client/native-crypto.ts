import * as nodeCrypto from 'node:crypto';
import { chaCha20Poly1305From, useNativeChaCha20Poly1305IfSound } from '../../core/crypto';

let checked = false;

/**
 * Gives core/crypto this runtime's native ChaCha20-Poly1305 for large inputs (relay envelopes
 * with batches; core/crypto/native-aead.ts says why and from what size), if it proves sound
 * (core/crypto/native-probe.ts). Idempotent: the engine calls it when it is made.
 */
export function useNativeCrypto(): void {
  if (checked) return;
  checked = true;
  useNativeChaCha20Poly1305IfSound(() => chaCha20Poly1305From(nodeCrypto));
}
