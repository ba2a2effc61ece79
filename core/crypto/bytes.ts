/** Small byte helpers shared by the protocol code. Bytes are always `Uint8Array`. */

export function concatBytes(...parts: readonly Uint8Array[]): Uint8Array {
  let length = 0;
  for (const p of parts) length += p.length;
  const out = new Uint8Array(length);
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

// One of each for the process: both are stateless between calls (no `stream` option), and
// building them per call cost more than encoding a short string.
const ENCODER = new TextEncoder();
const DECODER = new TextDecoder('utf-8', { fatal: true });

export function utf8(text: string): Uint8Array {
  return ENCODER.encode(text);
}

export function fromUtf8(bytes: Uint8Array): string {
  return DECODER.decode(bytes);
}

export function toHex(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += b.toString(16).padStart(2, '0');
  return s;
}

export function fromHex(hex: string): Uint8Array {
  if (hex.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(hex)) throw new TypeError('invalid hex');
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}

/*
 * base64url without padding, by table: every stored key goes through these (a ratchet state
 * holds seven, serialized and parsed around each message), and the btoa/atob route with its
 * binary string and regex replaces cost 3–4× as much. Decoding is as forgiving as atob was of
 * the unused low bits of a last partial group (a canonical check re-encodes, ratchet/state.ts).
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const DIGITS = Array.from({ length: 64 }, (_, value) => ALPHABET.charAt(value));
const DIGIT_VALUE = new Int8Array(128).fill(-1);
DIGITS.forEach((digit, value) => (DIGIT_VALUE[digit.charCodeAt(0)] = value));

const digit = (value: number): string => DIGITS[value & 63] ?? '';

export function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += digit(n >>> 18) + digit(n >>> 12) + digit(n >>> 6) + digit(n);
  }
  if (bytes.length - i === 1) {
    const n = bytes[i] ?? 0;
    out += digit(n >>> 2) + digit(n << 4);
  } else if (bytes.length - i === 2) {
    const n = ((bytes[i] ?? 0) << 8) | (bytes[i + 1] ?? 0);
    out += digit(n >>> 10) + digit(n >>> 4) + digit(n << 2);
  }
  return out;
}

export function fromBase64Url(text: string): Uint8Array {
  if (text.length % 4 === 1) throw new TypeError('invalid base64url');
  const out = new Uint8Array((text.length * 3) >>> 2);
  let bits = 0;
  let acc = 0;
  let o = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const value = c < 128 ? (DIGIT_VALUE[c] ?? -1) : -1;
    if (value < 0) throw new TypeError('invalid base64url');
    acc = ((acc << 6) | value) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >>> bits) & 255;
    }
  }
  return out;
}

/** Overwrites secret material that is no longer needed (best effort in a GC'd runtime). */
export function wipe(bytes: Uint8Array): void {
  bytes.fill(0);
}
