import { encodeProto } from '../../core/wire';
import { meow } from '../../proto';
import type { StoredEntry } from '../store/types';

/**
 * The pulled batches of a reply, encoded with the stored entries spliced in as they are.
 *
 * A stored entry is already the protobuf encoding of its PackedUserMessage (push.ts
 * `storedForm`), and an embedded message is encoded exactly like a `bytes` field holding its
 * encoding (protobuf encoding guide, "Embedded messages"). So each QueueEntry is written here —
 * seq, the stored bytes as field 2, received_at — instead of decoding every entry into objects
 * for protobufjs to encode again. The rest of a batch (key, cursor, flags, gap) is encoded by
 * protobufjs, and the entries follow it: fields may come in any order, and a repeated field's
 * elements keep theirs ("Field order"). The result is FromServerMessage's `chat` (field 4)
 * records, appended to the rest of the reply (`sealServerReply`'s `encodedTail`); the client
 * decodes the same message it would have decoded before.
 *
 * An entry whose stored bytes are not a well-formed PackedUserMessage (never written so; a
 * damaged store) goes out without its message, as before: the client drops and acks it, and a
 * corrupt entry never makes the whole reply undecodable.
 */
export interface EncodedBatch {
  /** Everything but the entries. */
  readonly head: meow.IQueueBatch;
  readonly entries: readonly StoredEntry[];
}

const CHAT_TAG = (4 << 3) | 2;
const ENTRIES_TAG = (2 << 3) | 2;
const SEQ_TAG = 1 << 3;
const MESSAGE_TAG = (2 << 3) | 2;
const RECEIVED_AT_TAG = 3 << 3;

/** One entry ready to write: whether its message goes out, and its encoded size. */
interface Planned {
  readonly entry: StoredEntry;
  readonly withMessage: boolean;
  readonly size: number;
}

/** FromServerMessage field 4 records, one per batch in order. */
export function encodeChat(batches: readonly EncodedBatch[]): Uint8Array {
  const planned = batches.map((b) => b.entries.map(plan));
  const heads = batches.map((b) => encodeProto(meow.QueueBatch, b.head));
  const sizes = heads.map((head, i) => {
    let size = head.length;
    for (const p of planned[i] ?? []) size += 1 + varintSize(p.size) + p.size;
    return size;
  });
  let total = 0;
  for (const size of sizes) total += 1 + varintSize(size) + size;
  const out = new Uint8Array(total);
  let at = 0;
  heads.forEach((head, i) => {
    out[at++] = CHAT_TAG;
    at = writeVarint(out, at, sizes[i] ?? 0);
    out.set(head, at);
    at += head.length;
    for (const p of planned[i] ?? []) at = writeEntry(out, at, p);
  });
  return out;
}

/** QueueEntry's encoding; zero seq or time is left out, as protobufjs does. */
function plan(entry: StoredEntry): Planned {
  const withMessage = isPackedUserMessage(entry.message);
  let size = 0;
  if (entry.seq !== 0) size += 1 + varintSize(entry.seq);
  if (withMessage) size += 1 + varintSize(entry.message.length) + entry.message.length;
  if (entry.receivedAt !== 0) size += 1 + varintSize(entry.receivedAt);
  return { entry, withMessage, size };
}

function writeEntry(out: Uint8Array, start: number, { entry, withMessage, size }: Planned): number {
  let at = start;
  out[at++] = ENTRIES_TAG;
  at = writeVarint(out, at, size);
  if (entry.seq !== 0) {
    out[at++] = SEQ_TAG;
    at = writeVarint(out, at, entry.seq);
  }
  if (withMessage) {
    out[at++] = MESSAGE_TAG;
    at = writeVarint(out, at, entry.message.length);
    out.set(entry.message, at);
    at += entry.message.length;
  }
  if (entry.receivedAt !== 0) {
    out[at++] = RECEIVED_AT_TAG;
    at = writeVarint(out, at, entry.receivedAt);
  }
  return at;
}

/** Base-128 varint of a non-negative safe integer (seqs and times, far below 2^53). */
function writeVarint(out: Uint8Array, start: number, value: number): number {
  let at = start;
  let n = value;
  while (n >= 0x80) {
    out[at++] = (n % 0x80) | 0x80;
    n = Math.floor(n / 0x80);
  }
  out[at++] = n;
  return at;
}

function varintSize(value: number): number {
  let size = 1;
  for (let n = value; n >= 0x80; n = Math.floor(n / 0x80)) size += 1;
  return size;
}

/**
 * Whether `bytes` is a well-formed PackedUserMessage: a sequence of fields that ends exactly at
 * the end, the known ones (1–3) length-delimited, unknown ones of any wire type but groups.
 * Walks the bytes without allocating.
 */
export function isPackedUserMessage(bytes: Uint8Array): boolean {
  let at = 0;
  const varint = (): number | undefined => {
    let value = 0;
    for (let shift = 0; shift < 64 && at < bytes.length; shift += 7) {
      const byte = bytes[at++] ?? 0;
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return value;
    }
    return undefined;
  };
  while (at < bytes.length) {
    const tag = varint();
    if (tag === undefined || tag < 8) return false;
    const wire = tag % 8;
    const field = Math.floor(tag / 8);
    if (field <= 3 && wire !== 2) return false;
    if (wire === 0) {
      if (varint() === undefined) return false;
    } else if (wire === 1 || wire === 5) {
      at += wire === 1 ? 8 : 4;
    } else if (wire === 2) {
      const length = varint();
      if (length === undefined) return false;
      at += length;
    } else {
      return false;
    }
    if (at > bytes.length) return false;
  }
  return true;
}
