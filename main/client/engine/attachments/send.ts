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
import { registerIncoming, type IncomingFile } from './incoming';
import { requireNotBlocked } from '../contacts';
import { stampTimer } from '../expiry-fields';
import { requirePeer, textMessage } from '../messaging';

/** One file of a message: on this computer (`path`), or arriving through the API (`incoming`). */
export interface FileToSend {
  /** A regular file on this computer (the desktop app's file dialog, the CLI). */
  readonly path?: string;
  /** Or a file handed over piece by piece as it is sealed (incoming.ts). */
  readonly incoming?: IncomingFile;
  /** Shown to the contact; default: the file's base name. Empty for photos. */
  readonly name?: string;
  /** `type/subtype`; default application/octet-stream. */
  readonly mimeType?: string;
  /** Photos: the preview (JPEG or WebP, at most 16 KiB) and the size in pixels. */
  readonly thumbnail?: Uint8Array;
  readonly width?: number;
  readonly height?: number;
}

export interface SendFilesOptions {
  readonly caption?: string;
  readonly replyTo?: string;
  /** The sender's size limit per file (a setting); MAX_ATTACHMENT_BYTES by default. */
  readonly maxBytes?: number;
}

const DEFAULT_MIME = 'application/octet-stream';

/** What sendFiles wrote: the message, and each file's attachment (in order). */
export interface SentFiles {
  readonly uuid: string;
  readonly localIds: readonly string[];
}

/** Writes the message and its attachment rows. */
export async function sendFiles(
  ctx: EngineContext,
  peerUid: string,
  files: readonly FileToSend[],
  options: SendFilesOptions = {},
): Promise<SentFiles> {
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
      // The pointer's rules (name, type, size, preview, relay URL) refuse now, not after the
      // upload: the same check with a placeholder digest.
      validatePointer({
        ...file,
        version: ATTACHMENT_FORMAT_VERSION,
        relayUrl: relay.url,
        key: drawn.key,
        readToken: drawn.readToken,
        digest: new Uint8Array(DIGEST_BYTES),
        chunkCount: chunkCountFor(file.plaintextLength),
      });
      return { ...drawn, localId: newAttachmentLocalId() };
    });
    db.transaction(() => {
      db.insertMessage(peerUid, row);
      sized.forEach((file, position) => {
        const drawn = secrets[position] ?? missing();
        db.addAttachment({
          localId: drawn.localId,
          peerUid,
          messageUuid: uuid,
          position,
          outbound: true,
          state: 'encrypting',
          plaintextLength: file.plaintextLength,
          chunkCount: chunkCountFor(file.plaintextLength),
          secrets: {
            key: drawn.key,
            readToken: drawn.readToken,
            uploadToken: drawn.uploadToken,
            deleteToken: drawn.deleteToken,
            ...(file.path === undefined ? {} : { sourcePath: file.path }),
            mimeType: file.mimeType,
            name: file.name,
            relayUrl: relay.url,
            ...(file.thumbnail.length > 0 ? { thumbnail: file.thumbnail } : {}),
            ...(file.width > 0 ? { width: file.width, height: file.height } : {}),
          },
        });
      });
    });
    sized.forEach((file, position) => {
      const localId = secrets[position]?.localId;
      if (file.incoming && localId) registerIncoming(ctx, localId, file.incoming);
    });
    ctx.events.emit('message.stored', { peerUid, uuid, outbound: true, state: 'pending' });
    ctx.wakeAttachments();
    return { uuid, localIds: secrets.map((d) => d.localId) };
  });
}

interface SizedFile {
  readonly path?: string;
  readonly incoming?: IncomingFile;
  readonly name: string;
  readonly mimeType: string;
  readonly thumbnail: Uint8Array;
  readonly width: number;
  readonly height: number;
  /** As the pointer names it: the file's size. */
  readonly plaintextLength: number;
}

function missing(): never {
  throw new AppError('INTERNAL', 'attachment secrets missing');
}

async function describe(file: FileToSend, maxBytes: number): Promise<SizedFile> {
  const common = {
    mimeType: (file.mimeType ?? DEFAULT_MIME).toLowerCase(),
    thumbnail: file.thumbnail ?? new Uint8Array(0),
    width: file.width ?? 0,
    height: file.height ?? 0,
  };
  let size: number;
  if (file.incoming) {
    size = file.incoming.size;
  } else if (file.path !== undefined) {
    size = await sizeOf(file.path);
  } else {
    throw new AppError('INVALID_ARGUMENT', 'a file needs a path or its bytes');
  }
  if (size > maxBytes) {
    throw new AppError('ATTACHMENT_TOO_LARGE', `the file is above the ${maxBytes}-byte limit`);
  }
  const name = file.name ?? (file.path === undefined ? '' : basename(file.path));
  return { ...file, ...common, name, plaintextLength: size };
}

async function sizeOf(path: string): Promise<number> {
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new Error('not a regular file');
    return info.size;
  } catch (cause) {
    throw new AppError('ATTACHMENT_SOURCE_UNREADABLE', 'the file cannot be read', { cause });
  }
}
