/**
 * Sending photos and files (docs/ATTACHMENTS.md "Sending"): the message and one attachment row
 * per file are written in one transaction, before a byte of the file is read; the attachment
 * worker then seals each file into chunks, uploads them, and queues the message once the last
 * upload is done. Until then the message waits `pending` with no job, and every send path
 * leaves it alone (messages-table.ts UPLOADED), so no contact ever gets a pointer to a blob
 * that is not complete.
 */
import { randomUUID } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import {
  ATTACHMENT_FORMAT_VERSION,
  chunkCountFor,
  DIGEST_BYTES,
  generateAttachmentSecrets,
  MAX_ATTACHMENT_BYTES,
  MAX_ATTACHMENTS_PER_MESSAGE,
  validatePointer,
} from '../../../../core/attachments';
import { AppError } from '../../../../core/errors';
import { newAttachmentLocalId } from '../../../storage';
import type { EngineContext } from '../context';
import { requireNotBlocked } from '../contacts';
import { stampTimer } from '../expiry-fields';
import { requirePeer, textMessage } from '../messaging';

export interface FileToSend {
  /** A regular file on this computer (the host's file picker, a drop, a pasted file saved). */
  readonly path: string;
  /** Shown to the contact; default: the file's base name. Empty for photos. */
  readonly name?: string;
  /** `type/subtype`; default application/octet-stream. */
  readonly mimeType?: string;
}

export interface SendFilesOptions {
  readonly caption?: string;
  readonly replyTo?: string;
  /** The sender's size limit per file (a setting); MAX_ATTACHMENT_BYTES by default. */
  readonly maxBytes?: number;
}

const DEFAULT_MIME = 'application/octet-stream';

/** Writes the message and its attachment rows; resolves with the message's uuid. */
export async function sendFiles(
  ctx: EngineContext,
  peerUid: string,
  files: readonly FileToSend[],
  options: SendFilesOptions = {},
): Promise<string> {
  if (files.length === 0 || files.length > MAX_ATTACHMENTS_PER_MESSAGE) {
    throw new AppError(
      'INVALID_ARGUMENT',
      `a message carries 1 to ${MAX_ATTACHMENTS_PER_MESSAGE} files`,
    );
  }
  const maxBytes = options.maxBytes ?? MAX_ATTACHMENT_BYTES;
  // Every file is checked before anything is written: one too large refuses the whole message.
  const sized = await Promise.all(files.map((file) => describe(file, maxBytes)));
  return ctx.queue.run(peerUid, async () => {
    const peer = await requirePeer(ctx, peerUid);
    requireNotBlocked(peer);
    // The blob goes to the relay the contact pulls from, the one its message goes to.
    const relay = peer.contactPullServers[0];
    if (!relay) throw new AppError('PEER_NOT_READY', 'the contact has not accepted yet');
    const uuid = randomUUID();
    const now = ctx.now();
    const fresh = textMessage(uuid, options.caption ?? '', options.replyTo ?? '', now);
    const { row } = stampTimer(peer, fresh.message, fresh.dbMessage, now);
    const db = ctx.profile.messages;
    const secrets = sized.map((file) => {
      const drawn = generateAttachmentSecrets();
      // The pointer's rules (name, type, relay URL) refuse now, not after the upload.
      const { key, readToken } = drawn;
      const digest = new Uint8Array(DIGEST_BYTES);
      const chunkCount = chunkCountFor(file.size);
      const version = ATTACHMENT_FORMAT_VERSION;
      validatePointer({
        ...file,
        version,
        relayUrl: relay.url,
        key,
        readToken,
        digest,
        chunkCount,
      });
      return drawn;
    });
    db.transaction(() => {
      db.insertMessage(peerUid, row);
      sized.forEach((file, position) => {
        const { key, readToken, uploadToken, deleteToken } = secrets[position] ?? missing();
        db.addAttachment({
          localId: newAttachmentLocalId(),
          peerUid,
          messageUuid: uuid,
          position,
          outbound: true,
          state: 'encrypting',
          plaintextLength: file.size,
          chunkCount: chunkCountFor(file.size),
          secrets: {
            key,
            readToken,
            uploadToken,
            deleteToken,
            sourcePath: file.path,
            mimeType: file.mimeType,
            name: file.name,
            relayUrl: relay.url,
          },
        });
      });
    });
    ctx.events.emit('message.stored', { peerUid, uuid, outbound: true, state: 'pending' });
    ctx.wakeAttachments();
    return uuid;
  });
}

interface SizedFile {
  readonly path: string;
  readonly name: string;
  readonly mimeType: string;
  readonly size: number;
  /** As the pointer names it. */
  readonly plaintextLength: number;
}

function missing(): never {
  throw new AppError('INTERNAL', 'attachment secrets missing');
}

async function describe(file: FileToSend, maxBytes: number): Promise<SizedFile> {
  const mimeType = (file.mimeType ?? DEFAULT_MIME).toLowerCase();
  const name = file.name ?? basename(file.path);
  let size: number;
  try {
    const info = await stat(file.path);
    if (!info.isFile()) throw new Error('not a regular file');
    size = info.size;
  } catch (cause) {
    throw new AppError('ATTACHMENT_SOURCE_UNREADABLE', 'the file cannot be read', { cause });
  }
  if (size > maxBytes) {
    throw new AppError('ATTACHMENT_TOO_LARGE', `the file is above the ${maxBytes}-byte limit`);
  }
  return { path: file.path, name, mimeType, size, plaintextLength: size };
}
