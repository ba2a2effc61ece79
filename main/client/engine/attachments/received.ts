/**
 * A message with photos or files stored on this device — from the contact, or a sibling's
 * `msg` sync — gets one attachment row per pointer, in the transaction that stores the message
 * (docs/ATTACHMENTS.md "Receiving"): to download now below the automatic size, when the user
 * asks above it. A pointer that does not validate is kept as `invalid` (its error code shown),
 * never fetched. The worker is told once the transaction has committed.
 */
import { validatePointer } from '../../../../core/attachments';
import { AppError, isAppError } from '../../../../core/errors';
import { encodeProto } from '../../../../core/wire';
import { meow } from '../../../../proto';
import { newAttachmentLocalId } from '../../../storage';
import type { EngineContext } from '../context';

/** Files up to this size are downloaded as they arrive; larger ones when the user asks. */
export const AUTO_DOWNLOAD_BYTES = 20 * 1024 * 1024;

/** Inside the transaction that stored the message. */
export function recordReceivedAttachments(
  ctx: EngineContext,
  peerUid: string,
  messageUuid: string,
  pointers: readonly meow.IAttachmentPointer[] | null | undefined,
): void {
  if (!pointers?.length) return;
  const db = ctx.profile.messages;
  pointers.forEach((pointer, position) => {
    const pointerBytes = encodeProto(meow.AttachmentPointer, pointer);
    const row = {
      localId: newAttachmentLocalId(),
      peerUid,
      messageUuid,
      position,
      outbound: false,
      secrets: { pointer: pointerBytes },
    };
    try {
      const valid = validatePointer(pointer);
      const size = valid.plaintextLength;
      db.addAttachment({
        ...row,
        state: size <= AUTO_DOWNLOAD_BYTES ? 'queued' : 'on_request',
        plaintextLength: size,
        chunkCount: valid.chunkCount,
      });
    } catch (err) {
      if (!isAppError(err)) throw err;
      db.addAttachment({ ...row, state: 'invalid', plaintextLength: 0, chunkCount: 0 });
      db.setAttachmentState(row.localId, 'invalid', err.code);
    }
  });
  // After the commit: the worker reads the rows on its own turn (a microtask runs only once
  // this synchronous transaction is over).
  queueMicrotask(() => {
    ctx.wakeAttachments();
  });
}

/** The user asks for a file above the automatic size (or one that failed) to be fetched. */
export function requestDownload(ctx: EngineContext, localId: string): void {
  const db = ctx.profile.messages;
  const row = db.attachment(localId);
  if (!row || row.outbound) throw new AppError('INVALID_ARGUMENT', 'no such received attachment');
  if (row.state !== 'on_request' && row.state !== 'failed') return;
  db.setAttachmentState(localId, 'queued');
  ctx.wakeAttachments();
}
