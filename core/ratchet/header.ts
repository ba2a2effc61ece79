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

export function encodeHeader(header: RatchetHeader): Uint8Array {
  const out = new Uint8Array(HEADER_BYTES);
  out.set(header.dh, 0);
  const view = new DataView(out.buffer);
  view.setUint32(32, header.pn);
  view.setUint32(36, header.n);
  return out;
}

export function decodeHeader(bytes: Uint8Array): RatchetHeader {
  if (bytes.length !== HEADER_BYTES)
    throw new AppError('RATCHET_BAD_HEADER', 'header must be 40 bytes');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { dh: bytes.slice(0, 32), pn: view.getUint32(32), n: view.getUint32(36) };
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
