/**
 * The sending side's two steps (docs/ATTACHMENTS.md "Sending" 3–5), each safe to run again
 * after a crash at any point:
 * - `sealFile`: the file → sealed chunks in the profile's chunk store, then one transaction
 *   records the pointer and the chunk hashes and moves the row to `uploading`. Run again, it
 *   starts over (fresh nonces): no pointer was sent and nothing was registered yet.
 * - `uploadFile`: register the blob (an identical create again is harmless), ask the relay
 *   which chunks it holds, send the rest. Nothing per chunk is recorded here: the relay's
 *   answer is the resume state. The last upload of a message queues the message itself; a
 *   copy for a sibling (backfill.ts) queues the sibling's answer instead.
 */
import { createReadStream, ReadStream } from 'node:fs';
import {
  AttachmentEncryptor,
  ATTACHMENT_FORMAT_VERSION,
  blobIdFromReadToken,
  blobRegistration,
  encodePointer,
} from '../../../../core/attachments';
import { AppError, isAppError } from '../../../../core/errors';
import { decodeProto } from '../../../../core/wire';
import { meow } from '../../../../proto';
import type { AttachmentFiles, AttachmentRow } from '../../../storage';
import type { EngineContext } from '../context';
import { queueSync } from '../../devices';
import { resend } from '../messaging';
import { copyPointer, copySource, copyTarget, isBackfillCopy } from './backfill';
import { forgetIncoming, IncomingFile, incomingFile } from './incoming';
import { relayRefFor } from './relay-refs';
import { inParallel, Progress, PARALLEL_CHUNKS } from './progress';

/** Sealing: the file into chunks, then the pointer. */
export async function sealFile(
  ctx: EngineContext,
  files: AttachmentFiles,
  row: AttachmentRow,
  signal: AbortSignal,
): Promise<void> {
  const s = row.secrets;
  const { key, readToken, relayUrl } = s;
  if (!key || !readToken || relayUrl === undefined) {
    throw new AppError('STORAGE_CORRUPT', 'an attachment to send lacks its secrets');
  }
  await files.remove(row.localId); // an earlier, interrupted attempt
  const blobId = blobIdFromReadToken(readToken);
  const encryptor = new AttachmentEncryptor({ key, blobId, plaintextLength: row.plaintextLength });
  const progress = new Progress(ctx, row, 0, signal);
  const source = sourceOf(ctx, files, row);
  // A stop (the app quitting) or a cancel must not wait for a window's next piece, which may
  // never come: the file it was handing over ends here (it lived in memory only).
  const stopWaiting = (): void => {
    if (source instanceof IncomingFile) {
      source.fail(new AppError('ATTACHMENT_SOURCE_GONE', 'sealing stopped'));
    }
  };
  signal.addEventListener('abort', stopWaiting, { once: true });
  try {
    for await (const chunk of encryptor.seal(source)) {
      signal.throwIfAborted();
      await files.writeChunk(row.localId, chunk.index, chunk.bytes);
      progress.add(1);
    }
  } catch (err) {
    if (isAppError(err) || signal.aborted) throw err;
    throw new AppError('ATTACHMENT_SOURCE_UNREADABLE', 'the file cannot be read', { cause: err });
  } finally {
    signal.removeEventListener('abort', stopWaiting);
    if (source instanceof ReadStream) source.destroy();
    forgetIncoming(ctx, row.localId);
  }
  await files.flush(row.localId);
  const sealed = encryptor.sealed;
  const pointer = encodePointer({
    version: ATTACHMENT_FORMAT_VERSION,
    relayUrl,
    readToken,
    key,
    digest: sealed.digest,
    plaintextLength: sealed.plaintextLength,
    chunkCount: sealed.chunkCount,
    mimeType: s.mimeType ?? '',
    name: s.name ?? '',
    ...(s.thumbnail ? { thumbnail: s.thumbnail } : {}),
    ...(s.width ? { width: s.width, height: s.height ?? 0 } : {}),
  });
  const db = ctx.profile.messages;
  const moved = db.transaction(() => {
    // Not if the message was deleted meanwhile (the row is being purged).
    if (!db.moveAttachmentState(row.localId, 'encrypting', 'uploading')) return false;
    db.setAttachmentSecrets(row.localId, { ...s, pointer, chunkHashes: sealed.chunkHashes });
    db.setAttachmentProgress(row.localId, 0);
    writePointersIfAllSealed(ctx, row);
    return true;
  });
  if (moved) progress.announce('uploading', 0);
}

/**
 * The file on disk, the one arriving through the API (gone after a restart), or for a copy the
 * file this device holds.
 */
function sourceOf(
  ctx: EngineContext,
  files: AttachmentFiles,
  row: AttachmentRow,
): AsyncIterable<Uint8Array> {
  const copy = copySource(ctx, files, row);
  if (copy) return copy;
  const path = row.secrets.sourcePath;
  if (path !== undefined) return createReadStream(path);
  const incoming = incomingFile(ctx, row.localId);
  if (!incoming) {
    // The window handed it over and the app stopped before it was sealed whole: Meow's
    // only copy went with that run (the file itself may well still be on the disk).
    throw new AppError('ATTACHMENT_SOURCE_GONE', 'the file was not handed over in full');
  }
  return incoming;
}

/**
 * The message carries its pointers in order, so they are written once every file of it is
 * sealed (in the transaction that seals the last one).
 */
function writePointersIfAllSealed(ctx: EngineContext, row: AttachmentRow): void {
  if (isBackfillCopy(row)) return; // no message of its own
  const db = ctx.profile.messages;
  const rows = db.attachmentsOf(row.peerUid, row.messageUuid);
  const pointers = rows.map((r) => r.secrets.pointer);
  if (pointers.some((p) => p === undefined)) return;
  const decoded = pointers.map((p) => decodeProto(meow.AttachmentPointer, p ?? new Uint8Array()));
  db.setMessageAttachments(row.peerUid, row.messageUuid, decoded);
}

/** Uploading the sealed chunks the relay does not hold yet. */
export async function uploadFile(
  ctx: EngineContext,
  files: AttachmentFiles,
  row: AttachmentRow,
  signal: AbortSignal,
): Promise<void> {
  const s = row.secrets;
  const { key, readToken, uploadToken, deleteToken, chunkHashes, relayUrl } = s;
  if (!key || !readToken || !uploadToken || !deleteToken || !chunkHashes || !relayUrl) {
    throw new AppError('STORAGE_CORRUPT', 'an attachment to upload lacks its secrets');
  }
  const peer = await ctx.profile.peers.getPeer(row.peerUid);
  const ref = peer && relayRefFor(ctx, peer, relayUrl);
  if (!ref) throw new AppError('ATTACHMENT_RELAY_UNKNOWN', 'the contact no longer uses that relay');
  const client = ctx.relays.blobClient(ref);
  const registration = blobRegistration({ key, readToken, uploadToken, deleteToken });
  const { blobId } = registration;
  const call = { signal };
  await client.create({ ...registration, chunkCount: row.chunkCount, chunkHashes }, call);
  const { present } = await client.uploadStatus(blobId, uploadToken, call);
  const missing = indexes(row.chunkCount).filter((i) => !present.has(i));
  const progress = new Progress(ctx, row, row.chunkCount - missing.length, signal);
  await inParallel(missing, PARALLEL_CHUNKS, async (index) => {
    const chunk = await files.readChunk(row.localId, index);
    await client.put(blobId, uploadToken, index, chunk, call);
    progress.add(1);
  });
  if (isBackfillCopy(row)) {
    await answerWithCopy(ctx, row);
    return;
  }
  const db = ctx.profile.messages;
  const outcome = db.transaction(() => {
    if (!db.moveAttachmentState(row.localId, 'uploading', 'sent')) return 'gone';
    db.setAttachmentProgress(row.localId, row.chunkCount);
    const rows = db.attachmentsOf(row.peerUid, row.messageUuid);
    return rows.every((r) => r.state === 'sent') ? 'all sent' : 'sent';
  });
  if (outcome === 'gone') return;
  progress.announce('sent', row.chunkCount);
  if (outcome === 'all sent') await queueMessage(ctx, row);
}

/**
 * A copy for a sibling is whole at the relay (backfill.ts step 3): one transaction queues the
 * sibling's answer with the new pointer and hands the copy's local chunks to the purge.
 */
async function answerWithCopy(ctx: EngineContext, row: AttachmentRow): Promise<void> {
  const current = ctx.profile.messages.attachment(row.localId);
  const target = copyTarget(row);
  const pointer = current && copyPointer(current);
  if (!target || !pointer) throw new AppError('STORAGE_CORRUPT', 'a copy lacks its pointer');
  const db = ctx.profile.messages;
  const answered = db.transaction(() => {
    if (!db.moveAttachmentState(row.localId, 'uploading', 'purging')) return false;
    const attachment = { messageUuid: target.messageUuid, position: target.position, pointer };
    const fields = { peerUid: row.peerUid, attachment };
    queueSync(ctx, 'attachment_reupload', fields, { onlyDevice: target.deviceUid });
    return true;
  });
  if (!answered) return;
  ctx.wakeAttachments();
  await ctx.syncs.flush();
}

/**
 * Every file of the message is at the relay: the message goes out now, as any held message
 * does (messaging.ts `resend`: sealed here, or forwarded to the contact's primary). A crash
 * before leaves it `pending` without a job, which start-up repair sends (repair.ts).
 */
async function queueMessage(ctx: EngineContext, row: AttachmentRow): Promise<void> {
  await ctx.queue.run(row.peerUid, async () => {
    const stored = ctx.profile.messages.getMessage(row.peerUid, row.messageUuid);
    const peer = await ctx.profile.peers.getPeer(row.peerUid);
    if (!stored || stored.state !== 'pending' || peer?.type !== 'peer') return;
    await resend(ctx, peer, stored);
  });
}

export function indexes(count: number): number[] {
  return Array.from({ length: count }, (_, i) => i);
}
