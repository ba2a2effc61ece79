/**
 * Photos and files (issue 16; docs/ATTACHMENTS.md): what the engine offers — send files, fetch
 * one above the automatic size, list a message's attachments, read a downloaded file — over
 * the rows (storage/attachment-rows.ts), the sealed chunk store (storage/attachment-files.ts)
 * and the worker that moves the transfers (worker.ts).
 */
import {
  AttachmentDecryptor,
  CHUNK_PLAINTEXT_BYTES,
  decodePointer,
} from '../../../../core/attachments';
import { AppError } from '../../../../core/errors';
import { AttachmentFiles, type AttachmentRow } from '../../../storage';
import type { EngineContext } from '../context';
import { cancelTransfer } from './cancel';
import { incomingFile } from './incoming';
import { requestDownload } from './received';
import { sendFiles, type FileToSend, type SendFilesOptions } from './send';
import { AttachmentWorker } from './worker';

export type { FileToSend, SendFilesOptions, SentFiles } from './send';
export { IncomingFile } from './incoming';
export { AUTO_DOWNLOAD_BYTES } from './received';

export class Attachments {
  private readonly worker: AttachmentWorker;
  private files: Promise<AttachmentFiles> | undefined;

  constructor(private readonly ctx: EngineContext) {
    this.worker = new AttachmentWorker(ctx);
    // A message deleted, expired or cleared: its rows wait to be purged (purge.ts).
    const deletions = [
      'message.updated',
      'message.expired',
      'peer.removed',
      'conversation.cleared',
    ] as const;
    for (const name of deletions) {
      ctx.events.on(name, () => {
        this.worker.wake();
      });
    }
  }

  start(): void {
    this.worker.start();
  }

  wake(): void {
    this.worker.wake();
  }

  stop(): Promise<void> {
    return this.worker.stop();
  }

  /** A message with these files (and an optional caption); resolves with its uuid. */
  send(peerUid: string, files: readonly FileToSend[], options?: SendFilesOptions) {
    return sendFiles(this.ctx, peerUid, files, options);
  }

  /** Fetches a received file now (above the automatic size, or after a failure). */
  download(localId: string): void {
    requestDownload(this.ctx, localId);
  }

  /**
   * Stops a transfer (cancel.ts): a download waits to be asked for again; an upload fails its
   * message with ATTACHMENT_CANCELLED until it is retried.
   */
  cancel(localId: string): void {
    for (const row of cancelTransfer(this.ctx, localId)) this.worker.cancel(row.localId);
  }

  /** A message's attachments, in order (state, progress; the secrets stay in the engine). */
  of(peerUid: string, uuid: string): AttachmentView[] {
    return this.ctx.profile.messages.attachmentsOf(peerUid, uuid).map(viewOf);
  }

  /**
   * A sent message whose upload failed (the file was gone, the relay refused it), sent again:
   * its files are sealed and uploaded anew, then the message goes. False when the message has
   * no upload to redo (the caller retries it as any other message).
   */
  retryUploads(peerUid: string, uuid: string): boolean {
    const db = this.ctx.profile.messages;
    const failed = db.attachmentsOf(peerUid, uuid).filter((r) => r.outbound && r.state !== 'sent');
    if (failed.length === 0) return false;
    const restarts = failed.map((row) => ({ row, from: restartOf(row) }));
    db.transaction(() => {
      for (const { row, from } of restarts) db.setAttachmentState(row.localId, from);
      db.updateState(peerUid, uuid, 'pending', {});
    });
    this.ctx.events.emit('message.statusChanged', { peerUid, uuid, state: 'pending' });
    this.wake();
    return true;
  }

  /** The next piece of a file handed over through the API (incoming.ts); resolves once taken. */
  write(localId: string, bytes: Uint8Array): Promise<void> {
    const file = incomingFile(this.ctx, localId);
    if (!file) throw new AppError('ATTACHMENT_SOURCE_UNREADABLE', 'that file is not being sent');
    return file.write(bytes);
  }

  /**
   * `length` bytes of a file on this device from `offset` (fewer at its end), and the file's
   * size: only the chunks the range covers are read and opened, each authenticated (its
   * digest was checked when it was downloaded).
   */
  async read(
    localId: string,
    offset: number,
    length: number,
  ): Promise<{ bytes: Uint8Array; size: number }> {
    const { files, decryptor, size } = await this.readable(localId);
    const end = Math.min(size, offset + length);
    const parts: Uint8Array[] = [];
    for (let at = offset; at < end;) {
      const index = Math.floor(at / CHUNK_PLAINTEXT_BYTES);
      const plain = decryptor.openChunk(index, await files.readChunk(localId, index));
      const from = at - index * CHUNK_PLAINTEXT_BYTES;
      const part = plain.subarray(from, Math.min(plain.length, from + end - at));
      parts.push(part);
      at += part.length;
    }
    return { bytes: Buffer.concat(parts), size };
  }

  /** Throws unless every chunk of `localId` is on this device (what read and plaintext need). */
  requireReadable(localId: string): AttachmentRow & { secrets: { pointer: Uint8Array } } {
    const row = this.ctx.profile.messages.attachment(localId);
    if (!row?.secrets.pointer || !['ready', 'sent', 'uploading'].includes(row.state)) {
      throw new AppError('INVALID_ARGUMENT', 'that attachment is not on this device');
    }
    return row as AttachmentRow & { secrets: { pointer: Uint8Array } };
  }

  private async readable(localId: string) {
    const row = this.requireReadable(localId);
    this.files ??= AttachmentFiles.open(this.ctx.profile.dir);
    const files = await this.files;
    const pointer = decodePointer(row.secrets.pointer);
    return { files, decryptor: new AttachmentDecryptor(pointer), size: pointer.plaintextLength };
  }

  /**
   * A downloaded (or sent) file's bytes in order, each chunk opened and the digest checked on
   * the way (a mismatch throws after the last chunk: write to a temporary name, keep it only
   * when this finishes). Nothing but the caller holds the plaintext.
   */
  async *plaintext(localId: string): AsyncGenerator<Uint8Array, void, undefined> {
    const { files, decryptor } = await this.readable(localId);
    yield* decryptor.plaintext((index) => files.readChunk(localId, index));
  }
}

/**
 * Where a failed upload starts again: the upload itself when its chunks are sealed and stored
 * (the relay was the problem); sealing again from the file when it is on this computer (the
 * file, or a sealed chunk, was). A file handed over by the window and not sealed whole (it
 * stopped arriving, or the user cancelled while it was sealed) is gone: ATTACHMENT_SOURCE_GONE,
 * and nothing changes — the user attaches it again.
 */
function restartOf(row: AttachmentRow): 'uploading' | 'encrypting' {
  const sealed = row.secrets.pointer !== undefined && row.secrets.chunkHashes !== undefined;
  const chunkFault = row.lastError === 'BLOB_HASH_MISMATCH' || row.lastError === 'BLOB_BAD_SIZE';
  if (sealed && !(chunkFault && row.secrets.sourcePath !== undefined)) return 'uploading';
  if (row.secrets.sourcePath !== undefined) return 'encrypting';
  throw new AppError('ATTACHMENT_SOURCE_GONE', 'the file must be attached again');
}

/** What the engine tells about an attachment (no pointer, key or token). */
export interface AttachmentView {
  readonly localId: string;
  readonly position: number;
  readonly outbound: boolean;
  readonly state: AttachmentRow['state'];
  readonly plaintextLength: number;
  readonly chunkCount: number;
  readonly doneChunks: number;
  readonly lastError: string | null;
}

function viewOf(row: AttachmentRow): AttachmentView {
  const { localId, position, outbound, state, plaintextLength, chunkCount, doneChunks } = row;
  return {
    localId,
    position,
    outbound,
    state,
    plaintextLength,
    chunkCount,
    doneChunks,
    lastError: row.lastError,
  };
}
