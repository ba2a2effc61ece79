import { sha256 } from './kdf';

/**
 * A human-comparable fingerprint of a public key: the first 16 bytes of SHA-256, as eight
 * groups of four hex digits ("3f2a 91c0 …"). 128 bits is enough that nobody can make a second
 * key with the same fingerprint; the grouping makes reading it aloud practical.
 */
export function fingerprint(publicKey: Uint8Array): string {
  const digest = sha256(publicKey).subarray(0, 16);
  const groups: string[] = [];
  for (let i = 0; i < digest.length; i += 2) {
    groups.push(((digest[i] ?? 0) * 256 + (digest[i + 1] ?? 0)).toString(16).padStart(4, '0'));
  }
  return groups.join(' ');
}
