/**
 * A deleted or expired message's attachments (state purging / deleting, set in the deletion's
 * own transaction: attachment-rows.ts `purgeMessage`): the chunk files go, and — on the device
 * that uploaded them, for a delete for everyone or an expiry — the blob at the relay, with the
 * delete token only that device holds. Then the row. Safe to run again: removing a folder and
 * deleting a blob that are gone both succeed.
 */
import { blobIdFromReadToken } from '../../../../core/attachments';
import type { AttachmentFiles, AttachmentRow } from '../../../storage';
import type { EngineContext } from '../context';
import { relayRefFor } from './relay-refs';

export async function purgeAttachment(
  ctx: EngineContext,
  files: AttachmentFiles,
  row: AttachmentRow,
  signal: AbortSignal,
): Promise<void> {
  await files.remove(row.localId);
  const { deleteToken, readToken, relayUrl } = row.secrets;
  if (row.state === 'deleting' && row.outbound && deleteToken && readToken && relayUrl) {
    const peer = await ctx.profile.peers.getPeer(row.peerUid);
    const ref = peer && relayRefFor(ctx, peer, relayUrl);
    // A relay the contact no longer uses: its TTL removes the blob.
    if (ref) {
      const blobId = blobIdFromReadToken(readToken);
      await ctx.relays.blobClient(ref).delete(blobId, deleteToken, { signal });
    }
  }
  ctx.profile.messages.removeAttachment(row.localId);
}

/** Start-up: chunk folders no row names (a purge or a seal a crash cut short) are removed. */
export async function removeStrayFolders(ctx: EngineContext, files: AttachmentFiles) {
  const known = new Set(ctx.profile.messages.attachmentLocalIds());
  for (const localId of await files.localIds()) {
    if (!known.has(localId)) await files.remove(localId);
  }
}
