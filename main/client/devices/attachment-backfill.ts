/**
 * The two syncs of attachment backfill (engine/attachments/backfill.ts has the steps;
 * docs/PROTOCOL.md §12 "Backfill"): `attachment_request` — "the relay no longer has this file
 * of that message; send it again if you hold it" — to every sibling, and
 * `attachment_reupload` — the file under a new pointer — to the device that asked. Both are
 * device syncs: sealed like chat, so the relay cannot tell them from a message.
 */
import { AppError } from '../../../core/errors';
import type { meow } from '../../../proto';
import { AttachmentFiles, type AttachmentRow } from '../../storage';
import { startCopyFor, takeCopy } from '../engine/attachments/backfill';
import type { EngineContext } from '../engine/context';
import type { Applied } from './applied';
import { hasDevices, queueSync } from './sync-out';

/**
 * Whether asking makes sense: this device has siblings. Read before the transaction that ends
 * the download `expired` (a sync is then queued in it: requestCopy).
 */
export function canAskSiblings(ctx: EngineContext): Promise<boolean> {
  return hasDevices(ctx);
}

/** Inside the transaction that ends a received file's download `expired`. */
export function requestCopy(ctx: EngineContext, row: AttachmentRow): void {
  const attachment = { messageUuid: row.messageUuid, position: row.position };
  queueSync(ctx, 'attachment_request', { peerUid: row.peerUid, attachment });
}

function copyOf(p: meow.DeviceSyncPayload): meow.IAttachmentCopy {
  const copy = p.attachment;
  if (p.peerUid === '' || !copy?.messageUuid) {
    throw new AppError('SYNC_BAD_PAYLOAD', `${p.syncType} without a peer or a message`);
  }
  return copy;
}

/** A sibling's request or answer. */
export function applyAttachmentSync(
  ctx: EngineContext,
  fromDevice: string,
  p: meow.DeviceSyncPayload,
): Applied {
  const copy = copyOf(p);
  if (p.syncType === 'attachment_request') {
    let started = false;
    return {
      commit: () => {
        const uuid = copy.messageUuid ?? '';
        started = startCopyFor(ctx, fromDevice, p.peerUid, uuid, copy.position ?? 0);
        return [];
      },
      after: () => {
        if (started) ctx.wakeAttachments();
        return Promise.resolve();
      },
    };
  }
  let stale: string | undefined;
  return {
    commit: () => {
      const taken = takeCopy(ctx, p.peerUid, copy);
      stale = taken.staleLocalId;
      return taken.emitted;
    },
    after: async () => {
      if (stale === undefined) return;
      ctx.wakeAttachments();
      // The old blob's chunks, if any were fetched (else the next start removes the folder).
      await (await AttachmentFiles.open(ctx.profile.dir)).remove(stale);
    },
  };
}
