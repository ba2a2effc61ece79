import { AppError } from '../errors';

/**
 * The body of POST /v1/blob and of its reply (docs/PROTOCOL.md "Attachments: blob endpoints"):
 *
 *   u32 BE n ‖ envelope (n bytes) ‖ chunk (0 or 262,144 bytes)
 *
 * The envelope is a relay envelope (§6): the request's `PackedServerMessage`, boxed to the
 * pinned relay key, carrying `ToServerMessage.blob` (op, tokens, index); the reply's
 * `PackedServerReply`. The chunk travels outside the box: it is already end-to-end encrypted,
 * fixed-size, and checked by the relay against the SHA-256 registered (boxed) at create.
 */
export const BLOB_FRAME_HEADER_BYTES = 4;
/** A create with 512 chunk hashes is ≈ 17 KB; nothing else comes near. */
export const MAX_BLOB_ENVELOPE_BYTES = 64 * 1024;

export interface BlobFrame {
  readonly envelope: Uint8Array;
  /** Empty when the frame carries no chunk. */
  readonly chunk: Uint8Array;
}

export function frameBlob(envelope: Uint8Array, chunk?: Uint8Array): Uint8Array {
  const out = new Uint8Array(BLOB_FRAME_HEADER_BYTES + envelope.length + (chunk?.length ?? 0));
  new DataView(out.buffer).setUint32(0, envelope.length);
  out.set(envelope, BLOB_FRAME_HEADER_BYTES);
  if (chunk) out.set(chunk, BLOB_FRAME_HEADER_BYTES + envelope.length);
  return out;
}

/** Splits a frame (views into `body`, no copy); ENVELOPE_MALFORMED when it is not one. */
export function parseBlobFrame(body: Uint8Array): BlobFrame {
  if (body.length < BLOB_FRAME_HEADER_BYTES) {
    throw new AppError('ENVELOPE_MALFORMED', 'blob frame shorter than its header');
  }
  const n = new DataView(body.buffer, body.byteOffset, body.byteLength).getUint32(0);
  if (n === 0 || n > MAX_BLOB_ENVELOPE_BYTES || BLOB_FRAME_HEADER_BYTES + n > body.length) {
    throw new AppError('ENVELOPE_MALFORMED', 'blob frame envelope length out of range');
  }
  const end = BLOB_FRAME_HEADER_BYTES + n;
  return { envelope: body.subarray(BLOB_FRAME_HEADER_BYTES, end), chunk: body.subarray(end) };
}
