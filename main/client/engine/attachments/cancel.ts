/**
 * Cancelling a transfer (issue 16 "progress bars on upload and download with cancel"), as a
 * user of Signal Desktop or Element expects it:
 *
 * - A download stops and waits to be asked for again (`on_request`). The chunks already
 *   stored stay (each was authenticated before it was written), so asking again goes on from
 *   there.
 * - An upload stops the whole message, since a message goes out only with all its files: each
 *   of its files still sealing or uploading ends `failed` with ATTACHMENT_CANCELLED, and so
 *   does the message. Retrying it (`messages.retry`, Attachments.retryUploads) takes every file
 *   up where it stopped: the chunks sealed stay, and the relay keeps what it has until its TTL.
 *
 * The row moves first, in one transaction; then the running step is aborted (worker.ts drops
 * what it throws, and its late writes are conditional on the old state). Anything else —
 * finished, failed, already cancelled — is left as it is: cancelling twice is harmless.
 */
import { AppError } from '../../../../core/errors';
import type { AttachmentRow } from '../../../storage';
import type { EngineContext } from '../context';
import { incomingFile } from './incoming';
import { announce } from './progress';

const CANCELLED = 'ATTACHMENT_CANCELLED';

/** The rows whose steps the caller aborts (none when nothing was under way). */
export function cancelTransfer(ctx: EngineContext, localId: string): readonly AttachmentRow[] {
  const row = ctx.profile.messages.attachment(localId);
  if (!row) throw new AppError('INVALID_ARGUMENT', 'no such attachment');
  return row.outbound ? cancelUpload(ctx, row) : cancelDownload(ctx, row);
}

function cancelDownload(ctx: EngineContext, row: AttachmentRow): readonly AttachmentRow[] {
  if (row.state !== 'queued') return [];
  if (!ctx.profile.messages.moveAttachmentState(row.localId, 'queued', 'on_request')) return [];
  announce(ctx, row, 'on_request', row.doneChunks);
  return [row];
}

function cancelUpload(ctx: EngineContext, row: AttachmentRow): readonly AttachmentRow[] {
  const db = ctx.profile.messages;
  const { peerUid, messageUuid: uuid } = row;
  const stopped = db.transaction(() => {
    const moving = db
      .attachmentsOf(peerUid, uuid)
      .filter((r) => r.state === 'encrypting' || r.state === 'uploading')
      .filter((r) => db.moveAttachmentState(r.localId, r.state, 'failed', CANCELLED));
    if (moving.length > 0) db.updateState(peerUid, uuid, 'failed', { failureReason: CANCELLED });
    return moving;
  });
  if (stopped.length === 0) return [];
  for (const r of stopped) {
    // The window may still be handing the file over: its next piece is refused with this.
    incomingFile(ctx, r.localId)?.fail(new AppError(CANCELLED, 'the upload was cancelled'));
    announce(ctx, r, 'failed', r.doneChunks, CANCELLED);
  }
  ctx.events.emit('message.statusChanged', { peerUid, uuid, state: 'failed' });
  return stopped;
}
