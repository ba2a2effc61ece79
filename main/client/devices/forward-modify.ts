/**
 * Edits and deletes for everyone through the primary-device relay (PROTOCOL.md §9 "Edit and
 * delete", §10): a sibling sends the `message_edit` / `message_delete` to the contact's primary
 * as a `forward`, like a message, and the primary seals it for the contact. Every device also
 * learns the changed row by its `msg` sync, recorded with the change; the merge of edits is
 * commutative (storage/message-edits.ts), so the order the two arrive in does not matter.
 */
import { AppError } from '../../../core/errors';
import type { meow } from '../../../proto';
import type { Peer } from '../model';
import type { EngineContext } from '../engine/context';
import type { Emitted } from '../engine/events';
import { applyModification } from '../engine/modify-in';
import { sealAndQueue } from '../engine/outbound';
import { forwardDedupId, forwardSyncOf } from './forward';
import { isPaired, queueMessageSync, queueSync } from './sync-out';

/**
 * Sibling side, inside the contact's queue: `change` (our row and its `msg` sync) and the
 * `forward` to the primary in one transaction. A primary not paired yet refuses it (the user
 * tries again) rather than leaving the contact's copy unchanged for good.
 */
export async function forwardModification(
  ctx: EngineContext,
  peer: Peer,
  message: meow.IUserMessage,
  change: () => void,
): Promise<void> {
  const primary = await ctx.profile.devices.getPeer(peer.primaryDeviceUid);
  if (!isPaired(primary)) {
    throw new AppError('PEER_NOT_READY', 'the device that talks to this contact is not ready');
  }
  const forward = forwardSyncOf(message, peer.uid, ctx.now());
  ctx.profile.messages.transaction(() => {
    change();
    queueSync(ctx, 'forward', forward.fields, {
      onlyDevice: primary.uid,
      dedupId: forward.dedupId,
    });
  });
}

/**
 * Primary side: applies the forwarded change to our row (held when the row is not here yet)
 * and seals it for the contact, with the siblings' `msg`, in one transaction. A device that is
 * no longer the primary applies it and passes it on to the primary it knows. Applied again
 * after a crash it changes nothing and the contact gets one more copy, which changes nothing.
 */
export async function handleForwardedModification(
  ctx: EngineContext,
  payload: meow.DeviceSyncPayload,
  message: meow.IUserMessage,
): Promise<object> {
  const peerUid = payload.forwardPeerUid;
  const target = message.targetUuid ?? '';
  const db = ctx.profile.messages;
  await ctx.queue.run(peerUid, async () => {
    const peer = await ctx.profile.peers.getPeer(peerUid);
    if (peer?.type !== 'peer') return;
    let emitted: Emitted[] = [];
    const change = () => {
      emitted = applyModification(ctx, peerUid, message, true);
      if (emitted.length > 0) queueMessageSync(ctx, peerUid, target);
    };
    const ours = peer.primaryDeviceUid === '' && peer.contactLookupKey !== null;
    if (ours && !peer.resetPending) {
      await sealAndQueue(ctx, peer, message, { kind: 'modify', also: change });
    } else {
      const primary = ours ? undefined : await ctx.profile.devices.getPeer(peer.primaryDeviceUid);
      const fields = { forwardPayload: payload.forwardPayload, forwardPeerUid: peer.uid };
      db.transaction(() => {
        change();
        if (isPaired(primary)) {
          const dedupId = forwardDedupId(message.status?.uuid ?? '', ctx.now());
          queueSync(ctx, 'forward', fields, { onlyDevice: primary.uid, dedupId });
        }
      });
    }
    for (const e of emitted) ctx.events.emit(e.name, e.payload as never);
    await ctx.syncs.flush();
  });
  return {};
}
