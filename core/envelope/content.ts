import { meow } from '../../proto';
import { utf8 } from '../crypto';
import { decodeProto, encodeProto } from '../wire';

/**
 * What a message's padding bucket is chosen from (docs/PROTOCOL.md §4 "Content buckets"): the
 * user content it carries, not its encoded size. A chat text, the `msg` sync that mirrors it to
 * a sibling device and the `forward` that carries it to the primary all have the same content,
 * so padding each to `contentLength + PAD_ALLOWANCE` puts them in one bucket, and a relay
 * cannot tell sync from chat by size.
 */

/**
 * Bytes of framing (encoded size minus content) allowed before a message takes a bigger
 * bucket than its content's (§4). Measured with the app's own builders over every text length
 * up to 4 KiB, reply_to set or not, 36-character uuids: a chat text has at most 94, its
 * `forward` 271, its `msg` syncs 292–328 by state (the most: an outbound `failed` one whose
 * reason is the longest error code, 28 characters). Texts of 16 KiB and more add 3 (three-byte
 * length prefixes), and timestamps after 2059 add 2 (nine base-36 digits in dedup ids): 333.
 */
export const PAD_ALLOWANCE = 333;

/** Message types a person writes; their text and attachments are content. */
const CHAT_TYPES: ReadonlySet<string> = new Set(['text', 'file']);

/** The sync types whose payload mirrors a chat message. */
const MIRROR_SYNCS: ReadonlySet<string> = new Set(['msg', 'forward']);

/**
 * The user content of `message` in bytes: for chat, its text (UTF-8) and its attachment
 * pointers (PROTOCOL.md §12); for a `device_sync`, the content of the chat message it mirrors (`msg`: the
 * db_message; `forward`: the forwarded UserMessage); 0 for anything else.
 */
export function contentLength(message: meow.IUserMessage): number {
  if (message.type === 'device_sync') return syncContentLength(message.appdata);
  return chatContentLength(message.type, message.text, message.attachments);
}

function chatContentLength(
  type: string | null | undefined,
  text: string | null | undefined,
  attachments: readonly meow.IAttachmentPointer[] | null | undefined,
): number {
  if (!CHAT_TYPES.has(type ?? '')) return 0;
  let length = text ? utf8(text).length : 0;
  for (const pointer of attachments ?? []) {
    length += lengthDelimited(encodeProto(meow.AttachmentPointer, pointer));
  }
  return length;
}

/** A pointer with its tag and length prefix: several cost no more framing than one. */
function lengthDelimited(bytes: Uint8Array): number {
  let prefix = 2; // tag + at least one length byte
  for (let n = bytes.length; n >= 0x80; n >>>= 7) prefix++;
  return prefix + bytes.length;
}

function syncContentLength(appdata: Uint8Array | null | undefined): number {
  const payload = tryDecode(meow.DeviceSyncPayload, appdata);
  if (!payload || !MIRROR_SYNCS.has(payload.syncType)) return 0;
  if (payload.syncType === 'msg') {
    const m = payload.dbMessage;
    return m ? chatContentLength(m.type, m.text, m.attachments) : 0;
  }
  const forwarded = tryDecode(meow.UserMessage, payload.forwardPayload);
  return forwarded ? chatContentLength(forwarded.type, forwarded.text, forwarded.attachments) : 0;
}

/** Our own message, about to be sealed: bytes that do not decode simply carry no content. */
function tryDecode<T>(
  type: { decode(reader: Uint8Array): T; readonly name: string },
  bytes: Uint8Array | null | undefined,
): T | undefined {
  if (!bytes || bytes.length === 0) return undefined;
  try {
    return decodeProto(type, bytes);
  } catch {
    return undefined;
  }
}
