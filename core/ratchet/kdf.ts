import { hkdf, hmacSha256, requireLength, utf8 } from '../crypto';

/** Signal DR spec §5.2 recommended KDFs, with our labels (docs/PROTOCOL.md §5). */
const ROOT_INFO = utf8('MeowDR/v1/root');
const MESSAGE_INFO = utf8('MeowDR/v1/message');
const MESSAGE_BLOCK_1 = Uint8Array.from([...MESSAGE_INFO, 1]);
const MESSAGE_BLOCK_2 = Uint8Array.from([...new Uint8Array(32), ...MESSAGE_INFO, 2]);
const SESSION_INFO = utf8('MeowDR/v1/session');
const ZERO_SALT = new Uint8Array(32);
const MESSAGE_KEY_CONSTANT = Uint8Array.of(0x01);
const CHAIN_KEY_CONSTANT = Uint8Array.of(0x02);

/** KDF_RK(rk, dh_out) = HKDF(salt = rk, ikm = dh_out) → (rk', ck). Spec §5.2. */
export function kdfRoot(
  rootKey: Uint8Array,
  dhOut: Uint8Array,
): { rootKey: Uint8Array; chainKey: Uint8Array } {
  const out = hkdf(dhOut, rootKey, ROOT_INFO, 64);
  const result = { rootKey: out.slice(0, 32), chainKey: out.slice(32, 64) };
  out.fill(0); // the halves were copied out; the joint buffer is only an intermediate
  return result;
}

/** KDF_CK(ck) = (HMAC(ck, 0x02), HMAC(ck, 0x01)). Spec §5.2. */
export function kdfChain(chainKey: Uint8Array): { chainKey: Uint8Array; messageKey: Uint8Array } {
  return {
    chainKey: hmacSha256(chainKey, CHAIN_KEY_CONSTANT),
    messageKey: hmacSha256(chainKey, MESSAGE_KEY_CONSTANT),
  };
}

/**
 * ENCRYPT's key schedule (spec §5.2, with XChaCha20-Poly1305):
 * HKDF(ikm = mk, salt = 32 zero bytes, info = "MeowDR/v1/message", 56) → key(32) ‖ nonce(24).
 * Written out as RFC 5869's two blocks (T1 = key, T2[0..24) = nonce) because this runs twice
 * per message; a test checks it equals the generic `hkdf`.
 */
export function messageKeyMaterial(messageKey: Uint8Array): { key: Uint8Array; nonce: Uint8Array } {
  const prk = hmacSha256(ZERO_SALT, messageKey);
  const key = hmacSha256(prk, MESSAGE_BLOCK_1);
  const block2 = MESSAGE_BLOCK_2; // T1 ‖ info ‖ 0x02; synchronous, so one scratch buffer serves
  block2.set(key);
  const nonce = hmacSha256(prk, block2).subarray(0, 24);
  prk.fill(0);
  block2.fill(0, 0, 32);
  return { key, nonce };
}

/**
 * SK = HKDF(DrRootKey ‖ DH(MyEncryptionKp, ContactEncryption)) (DESIGN.md §3). Both inputs are
 * 32 bytes; a wrong length (say, a truncated card field) is CRYPTO_BAD_KEY rather than a
 * silently different SK.
 */
export function deriveSessionSecret(
  drRootKey: Uint8Array,
  encryptionDhOutput: Uint8Array,
): Uint8Array {
  requireLength(drRootKey, 32, 'DrRootKey');
  requireLength(encryptionDhOutput, 32, 'encryption DH output');
  const ikm = new Uint8Array(drRootKey.length + encryptionDhOutput.length);
  ikm.set(drRootKey);
  ikm.set(encryptionDhOutput, drRootKey.length);
  const sk = hkdf(ikm, ZERO_SALT, SESSION_INFO, 32);
  ikm.fill(0);
  return sk;
}
