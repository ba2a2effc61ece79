/**
 * A message with photos or files stored on this device — from the contact, or a sibling's
 * `msg` sync — gets one attachment row per pointer, in the transaction that stores the message
 * (docs/ATTACHMENTS.md "Receiving"): to download now up to this device's automatic size (its
 * `autoDownloadMiB` setting), when the user asks above it. A pointer that does not validate
 * is kept as `invalid` (its error code shown), never fetched. The worker is told once the
 * transaction has committed.
 */
import { validatePointer } from '../../../../core/attachments';
import { AppError, isAppError } from '../../../../core/errors';
import { encodeProto } from '../../../../core/wire';
import { meow } from '../../../../proto';
import { newAttachmentLocalId } from '../../../storage';
import { DEFAULT_AUTO_DOWNLOAD_MIB } from '../../device-settings';
import type { EngineContext } from '../context';

const MIB = 1024 * 1024;

/**
 * The automatic size of a device whose user never changed it: files up to it are downloaded
 * as they arrive, larger ones when the user asks. Each device's own is its `autoDownloadMiB`
 * setting (device-settings.ts), read when a message is stored.
 */
export const AUTO_DOWNLOAD_BYTES = DEFAULT_AUTO_DOWNLOAD_MIB * MIB;

/**
 * This device's automatic size in bytes now (its `autoDownloadMiB` setting; 0: no file is
 * fetched by itself), read from the unlocked identity in memory — synchronously, inside the
 * transaction that stores the message.
 *
 * Only files arriving from then on follow a changed setting: raising it does not fetch the
 * files already waiting `on_request` that would now fit. That keeps it predictable — a file
 * the user chose not to fetch (a cancelled download waits `on_request` too) stays so until
 * they click Download, and no burst of transfers starts behind the settings screen.
 */
function autoDownloadBytes(ctx: EngineContext): number {
  return ctx.profile.settings.autoDownloadMiB * MIB;
}

/** Inside the transaction that stored the message. */
export function recordReceivedAttachments(
  ctx: EngineContext,
  peerUid: string,
  messageUuid: string,
  pointers: readonly meow.IAttachmentPointer[] | null | undefined,
): void {
  if (!pointers?.length) return;
  const db = ctx.profile.messages;
  const limit = autoDownloadBytes(ctx);
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
        state: limit > 0 && size <= limit ? 'queued' : 'on_request',
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
