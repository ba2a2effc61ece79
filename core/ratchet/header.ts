import { AppError } from '../errors';

/**
 * The ratchet header (Signal DR spec §3.1 HEADER): the sender's current ratchet public key,
 * the previous sending chain's length and this message's number. Fixed 40-byte binary form:
 * dh(32) ‖ pn(uint32 BE) ‖ n(uint32 BE). It travels in clear inside the symmetric layer and is
 * authenticated as associated data.
 */
export const HEADER_BYTES = 40;
export const AEAD_TAG_BYTES = 16;

export interface RatchetHeader {
  readonly dh: Uint8Array;
  readonly pn: number;
  readonly n: number;
}

/**
 * Writes `prefix ‖ header` into one new buffer: the AEAD's associated data is exactly that,
 * and the header is its tail (`subarray(prefix.length)`), so a message costs one allocation.
 */
export function encodeHeaderAfter(prefix: Uint8Array, header: RatchetHeader): Uint8Array {
  const out = new Uint8Array(prefix.length + HEADER_BYTES);
  out.set(prefix);
  out.set(header.dh, prefix.length);
  const at = prefix.length + 32;
  out[at] = header.pn >>> 24;
  out[at + 1] = header.pn >>> 16;
  out[at + 2] = header.pn >>> 8;
  out[at + 3] = header.pn;
  out[at + 4] = header.n >>> 24;
  out[at + 5] = header.n >>> 16;
  out[at + 6] = header.n >>> 8;
  out[at + 7] = header.n;
  return out;
}

export function decodeHeader(bytes: Uint8Array): RatchetHeader {
  if (bytes.length !== HEADER_BYTES)
    throw new AppError('RATCHET_BAD_HEADER', 'header must be 40 bytes');
  // `dh` is a view into the message: the ratchet copies it only when it keeps it (a DH step).
  return { dh: bytes.subarray(0, 32), pn: readUint32(bytes, 32), n: readUint32(bytes, 36) };
}

function readUint32(bytes: Uint8Array, at: number): number {
  return (
    (((bytes[at] ?? 0) << 24) |
      ((bytes[at + 1] ?? 0) << 16) |
      ((bytes[at + 2] ?? 0) << 8) |
      (bytes[at + 3] ?? 0)) >>>
    0
  );
}

/** A ratchet message on the wire: header ‖ ciphertext ‖ tag. */
export interface RatchetMessage {
  readonly header: Uint8Array;
  readonly ciphertext: Uint8Array;
}

export function encodeRatchetMessage(message: RatchetMessage): Uint8Array {
  const out = new Uint8Array(message.header.length + message.ciphertext.length);
  out.set(message.header);
  out.set(message.ciphertext, message.header.length);
  return out;
}

export function decodeRatchetMessage(bytes: Uint8Array): RatchetMessage {
  if (!(bytes instanceof Uint8Array) || bytes.length < HEADER_BYTES + AEAD_TAG_BYTES) {
    throw new AppError('RATCHET_BAD_HEADER', 'ratchet message too short');
  }
  return { header: bytes.subarray(0, HEADER_BYTES), ciphertext: bytes.subarray(HEADER_BYTES) };
}
