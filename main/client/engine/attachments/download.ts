/**
 * The receiving side (docs/ATTACHMENTS.md "Receiving" 2): fetch the chunks this device lacks
 * from the relay the pointer names (only a relay it already knows: relay-refs.ts), open each
 * before it is stored — a chunk that fails authentication is dropped, never stored, and
 * fetched again on the next try — then check the pointer's digest over all of them. Resumes
 * after a restart from the chunks already stored (they were checked before being written).
 */
import { AttachmentDecryptor, decodePointer } from '../../../../core/attachments';
import { AppError, isAppError } from '../../../../core/errors';
import type { AttachmentFiles, AttachmentRow } from '../../../storage';
import type { EngineContext } from '../context';
import { inParallel, PARALLEL_CHUNKS, Progress } from './progress';
import { relayRefFor } from './relay-refs';
import { indexes } from './upload';

export async function downloadFile(
  ctx: EngineContext,
  files: AttachmentFiles,
  row: AttachmentRow,
  signal: AbortSignal,
): Promise<void> {
  if (!row.secrets.pointer)
    throw new AppError('STORAGE_CORRUPT', 'a received attachment lacks its pointer');
  const pointer = decodePointer(row.secrets.pointer);
  const peer =
    (await ctx.profile.peers.getPeer(row.peerUid)) ??
    (await ctx.profile.devices.getPeer(row.peerUid));
  const ref = peer && relayRefFor(ctx, peer, pointer.relayUrl);
  if (!ref) throw new AppError('ATTACHMENT_RELAY_UNKNOWN', 'the attachment is on an unknown relay');
  const client = ctx.relays.blobClient(ref);
  const decryptor = new AttachmentDecryptor(pointer);
  const held = new Set(await files.presentChunks(row.localId));
  const missing = indexes(pointer.chunkCount).filter((i) => !held.has(i));
  const progress = new Progress(ctx, row, pointer.chunkCount - missing.length, signal);
  await inParallel(missing, PARALLEL_CHUNKS, async (index) => {
    const sealed = await client.get(pointer.readToken, index, { signal });
    decryptor.openChunk(index, sealed).fill(0); // throws for a chunk that is not authentic
    await files.writeChunk(row.localId, index, sealed);
    progress.add(1);
  });
  await files.flush(row.localId);
  try {
    await decryptor.verifyDigest((index) => files.readChunk(row.localId, index));
  } catch (err) {
    // Every chunk opened: the sender's chunks are not the ones its pointer names. Fetching
    // again would give the same bytes, so they go and the row says "damaged".
    if (isAppError(err, 'ATTACHMENT_DIGEST_MISMATCH')) await files.remove(row.localId);
    throw err;
  }
  const db = ctx.profile.messages;
  const moved = db.transaction(() => {
    if (!db.moveAttachmentState(row.localId, 'queued', 'ready')) return false; // purged
    db.setAttachmentProgress(row.localId, pointer.chunkCount);
    return true;
  });
  if (moved) progress.announce('ready', pointer.chunkCount);
}
