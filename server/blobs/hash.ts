import { createHash } from 'node:crypto';

/**
 * SHA-256 of a chunk with node's OpenSSL (hardware SHA where the CPU has it): a chunk is
 * 256 KiB and the relay hashes every one it stores, several times faster than core/crypto's
 * WebAssembly SHA-256. Same function, so the results are equal.
 */
export function chunkHash(bytes: Uint8Array): Uint8Array {
  return new Uint8Array(createHash('sha256').update(bytes).digest());
}
