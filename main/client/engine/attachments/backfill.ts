/**
 * Backfill of a file the relay no longer holds, from a sibling that does (issue 16 "every
 * device": history transfer to a new device re-uploads what has expired; docs/ATTACHMENTS.md
 * "Backfill"; FEATURE_NOTES §1 on Signal's backfill request). The row side of it; the syncs
 * are devices/attachment-backfill.ts.
 *
 * 1. A download ends `expired`: in the same transaction the device asks its siblings
 *    (`attachment_request`).
 * 2. A sibling holding the file (`ready`, or `sent` by it) adds a copy row in the transaction
 *    that applies the request: outbound, `encrypting`, a fresh key and tokens, its source the
 *    local row. The worker seals the file again from the local chunks — the chunk format binds
 *    each chunk to its blob id, so the old chunks cannot simply be put under a new blob — and
 *    uploads it to the relay of the original pointer, which both devices know.
 * 3. Once every chunk is at the relay (upload.ts), the transaction that marks it `sent`
 *    queues `attachment_reupload` with the new pointer for the asking device and turns the
 *    copy row to `purging` (its local chunks go; the blob stays for its TTL).
 * 4. The asking device, still `expired`, replaces its row by one with the new pointer and
 *    downloads it at once (it was fetching it when it found it expired: by itself below the
 *    automatic size, or because the user asked). Later answers from other siblings find it no longer
 *    expired and change nothing.
 */
import {
  AttachmentDecryptor,
  decodePointer,
  generateAttachmentSecrets,
  validatePointer,
} from '../../../../core/attachments';
import { isAppError } from '../../../../core/errors';
import { encodeProto } from '../../../../core/wire';
import { meow } from '../../../../proto';
import { newAttachmentLocalId, type AttachmentFiles, type AttachmentRow } from '../../../storage';
import type { EngineContext } from '../context';
import type { Emitted } from '../events';

/** States in which this device holds a file's sealed chunks and its pointer. */
const HOLDING: ReadonlySet<string> = new Set(['ready', 'sent']);

/** The copy row's message id: never a real message's, one per asking device and message. */
function copyUuid(messageUuid: string, deviceUid: string): string {
  return `backfill:${messageUuid}:${deviceUid}`;
}

/** A copy row made for a sibling (not a file of a message on this device). */
export function isBackfillCopy(row: AttachmentRow): boolean {
  return row.secrets.backfillDevice !== undefined;
}

/**
 * Step 2, inside the transaction applying a sibling's request: true if this device holds the
 * file and its copy is now on the way (or already was).
 */
export function startCopyFor(
  ctx: EngineContext,
  deviceUid: string,
  peerUid: string,
  messageUuid: string,
  position: number,
): boolean {
  const db = ctx.profile.messages;
  const source = db.attachmentsOf(peerUid, messageUuid).find((r) => r.position === position);
  if (!source?.secrets.pointer || !HOLDING.has(source.state)) return false;
  const pointer = decodePointer(source.secrets.pointer);
  const drawn = generateAttachmentSecrets();
  db.addAttachment({
    localId: newAttachmentLocalId(),
    peerUid,
    messageUuid: copyUuid(messageUuid, deviceUid),
    position,
    outbound: true,
    state: 'encrypting',
    plaintextLength: pointer.plaintextLength,
    chunkCount: pointer.chunkCount,
    secrets: {
      ...drawn,
      relayUrl: pointer.relayUrl,
      mimeType: pointer.mimeType,
      name: pointer.name,
      ...(pointer.thumbnail.length > 0 ? { thumbnail: pointer.thumbnail } : {}),
      ...(pointer.width > 0 ? { width: pointer.width, height: pointer.height } : {}),
      sourceLocalId: source.localId,
      backfillDevice: deviceUid,
      backfillUuid: messageUuid,
    },
  });
  return true; // false from addAttachment: a copy for that device is already under way
}

/** Step 2: the plaintext of the local file a copy is sealed from, chunk by chunk. */
export function copySource(
  ctx: EngineContext,
  files: AttachmentFiles,
  row: AttachmentRow,
): AsyncIterable<Uint8Array> | undefined {
  const sourceId = row.secrets.sourceLocalId;
  if (sourceId === undefined) return undefined;
  const source = ctx.profile.messages.attachment(sourceId);
  if (!source?.secrets.pointer || !HOLDING.has(source.state)) return emptyFailing();
  const decryptor = new AttachmentDecryptor(decodePointer(source.secrets.pointer));
  return decryptor.plaintext((index) => files.readChunk(sourceId, index));
}

/** The source went (deleted meanwhile): sealing fails, and the copy row is dropped. */
function emptyFailing(): AsyncIterable<Uint8Array> {
  const gone = () => Promise.reject(new Error('the file to copy is gone'));
  return { [Symbol.asyncIterator]: () => ({ next: gone }) };
}

/** Step 3's answer: the copy's pointer, as the asking device will store it. */
export function copyPointer(row: AttachmentRow): meow.IAttachmentPointer | undefined {
  return row.secrets.pointer && meow.AttachmentPointer.decode(row.secrets.pointer);
}

/** Step 3's target: which device and message the copy is for. */
export function copyTarget(row: AttachmentRow) {
  const { backfillDevice, backfillUuid } = row.secrets;
  if (backfillDevice === undefined || backfillUuid === undefined) return undefined;
  return { deviceUid: backfillDevice, messageUuid: backfillUuid, position: row.position };
}

/**
 * Step 4, inside the transaction applying a sibling's answer: the expired row gives way to
 * one with the new pointer (a new local id, so no chunk of the old blob is taken for one of
 * the new), to download now or on request by the usual rule. The old row's chunk folder, if
 * any, is returned for the caller to remove after the commit (or at the next start).
 */
export function takeCopy(
  ctx: EngineContext,
  peerUid: string,
  copy: meow.IAttachmentCopy,
): { emitted: Emitted[]; staleLocalId?: string } {
  const db = ctx.profile.messages;
  const messageUuid = copy.messageUuid ?? '';
  const position = copy.position ?? 0;
  const old = db.attachmentsOf(peerUid, messageUuid).find((r) => r.position === position);
  if (old?.state !== 'expired' || !copy.pointer) return { emitted: [] };
  let chunkCount: number;
  try {
    const valid = validatePointer(copy.pointer);
    // The same file, or nothing: a sibling's answer never changes what the message shows.
    if (valid.plaintextLength !== old.plaintextLength) return { emitted: [] };
    chunkCount = valid.chunkCount;
  } catch (err) {
    if (isAppError(err)) return { emitted: [] }; // a sibling's bad answer: keep "expired"
    throw err;
  }
  const localId = newAttachmentLocalId();
  db.removeAttachment(old.localId);
  db.addAttachment({
    localId,
    peerUid,
    messageUuid,
    position,
    outbound: false,
    state: 'queued',
    plaintextLength: old.plaintextLength,
    chunkCount,
    secrets: { pointer: encodeProto(meow.AttachmentPointer, copy.pointer) },
  });
  const added = db.attachment(localId);
  const emitted: Emitted[] = added ? [updated(added)] : [];
  return { emitted, staleLocalId: old.localId };
}

function updated(row: AttachmentRow): Emitted {
  const payload = {
    peerUid: row.peerUid,
    uuid: row.messageUuid,
    localId: row.localId,
    position: row.position,
    state: row.state,
    doneChunks: 0,
    chunkCount: row.chunkCount,
  };
  return { name: 'attachment.updated', payload };
}
