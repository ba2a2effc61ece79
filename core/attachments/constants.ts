/**
 * The attachment format's constants (docs/PROTOCOL.md §12 "Attachments: encryption, chunk
 * format and pointer"). Shared by the client (this folder, main/storage/attachment-files.ts)
 * and the relay's blob store, so both sides agree on every size byte for byte.
 */
import { AEAD_KEY_BYTES, AEAD_NONCE_BYTES, AEAD_TAG_BYTES, SHA256_BYTES } from '../crypto';

/** Every sealed chunk is exactly this long on the wire, at the relay and on disk (§12.1). */
export const CHUNK_BYTES = 262_144;

/** Nonce (24) ‖ XChaCha20-Poly1305 ciphertext ‖ tag (16): the plaintext per chunk (§12.1). */
export const CHUNK_NONCE_BYTES = AEAD_NONCE_BYTES;
export const CHUNK_TAG_BYTES = AEAD_TAG_BYTES;
export const CHUNK_PLAINTEXT_BYTES = CHUNK_BYTES - CHUNK_NONCE_BYTES - CHUNK_TAG_BYTES; // 262,104

/** AD label of a chunk; AD = label ‖ blobId(32) ‖ index(u32 BE) ‖ count(u32 BE) (§12.1). */
export const CHUNK_AD_LABEL = 'meow/att/v1';
/** blobId = SHA-256(label ‖ readToken) (§12.3). */
export const BLOB_ID_LABEL = 'meow/blob/v1';

/** The pointer's `version`: the chunk format above. Anything else is refused (§12.4). */
export const ATTACHMENT_FORMAT_VERSION = 1;

/** Per-attachment secrets and digests (§12.3). */
export const ATTACHMENT_KEY_BYTES = AEAD_KEY_BYTES;
export const TOKEN_BYTES = 32;
export const BLOB_ID_BYTES = SHA256_BYTES;
export const DIGEST_BYTES = SHA256_BYTES;

/** Default largest attachment a client sends (configurable by the caller; §12.2). */
export const MAX_ATTACHMENT_BYTES = 100 * 1024 * 1024;
/**
 * Default largest padded chunk count a relay accepts (configurable in the relay's config).
 * 100 MiB needs 401 chunks, padded to 416 (padding.ts), so 512 leaves room above the default.
 */
export const MAX_CHUNK_COUNT = 512;
/**
 * The largest chunk count a pointer may announce at all (about 4 GiB), whatever the sender's
 * or relay's configured limit: it keeps every count, index and byte offset a small integer.
 * A receiver applies its own (smaller) download limits on top.
 */
export const POINTER_MAX_CHUNK_COUNT = 16_384;

/** Inline thumbnails travel inside the message; the envelope buckets stop at 1 MiB (§4). */
export const MAX_THUMBNAIL_BYTES = 16 * 1024;
/** Attachments per message: 32 thumbnails at their largest still fit one envelope. */
export const MAX_ATTACHMENTS_PER_MESSAGE = 32;
