/**
 * The primary-device relay, receiving side (MULTI_DEVICE_SPEC 7.4): a sibling's `forward`. The
 * primary seals it with its own ratchet, stamped with its own clock at sealing (PROTOCOL.md §3
 * "Sent time", outbound.ts `forContact`), queues it like any message (`pending`) and syncs `msg`
 * back, so the sibling's copy moves on to `sent`, `delivered`, `read`; the contact sees one
 * sender. A forward is applied once per message uuid (idempotent on re-delivery). A device
 * that is no longer the primary (a handoff) passes it on to the primary it knows.
 */
import { AppError } from '../../../core/errors';
import { decodeProto } from '../../../core/wire';
import { meow } from '../../../proto';
import type { Peer } from '../model';
import type { Emitted } from '../engine/events';
import type { EngineContext } from '../engine/context';
import { isModification } from '../engine/modify-in';
import { EXPIRY_TIMER_TYPE, rowExpiryOf } from '../engine/expiry-fields';
import { sealAndQueue } from '../engine/outbound';
import { recordReceivedAttachments } from '../engine/attachments/received';
import { queuedMessageUuids } from '../engine/outbox-scan';
import type { MessageState } from '../../storage';
import { forwardDedupId, siblingsBut } from './forward';
import { handleForwardedModification } from './forward-modify';
import { NOT_PRIMARY } from './sync-settle';
import { isPaired, queueMessageSync, queueSync } from './sync-out';

/**
 * Runs in the contact's queue; the sibling learns the outcome by `msg`, recorded in the
 * transaction that queues (or fails) the message. A forward seen before only tells the
 * siblings again where the message stands (the sender may be asking because it never heard).
 */
export async function handleForward(
  ctx: EngineContext,
  payload: meow.DeviceSyncPayload,
): Promise<object> {
  const message = decodeForwarded(payload.forwardPayload);
  if (isModification(message.type)) return handleForwardedModification(ctx, payload, message);
  const uuid = message.status?.uuid ?? '';
  const peerUid = payload.forwardPeerUid;
  const db = ctx.profile.messages;
  await ctx.queue.run(peerUid, async () => {
    const existing = db.getMessage(peerUid, uuid);
    const peer = await ctx.profile.peers.getPeer(peerUid);
    // Ours also before the contact accepted our invitation: the message waits here as
    // `pending` (outbound.ts) and goes when they do, like one written on this device.
    const ours = peer?.type === 'peer' && peer.primaryDeviceUid === '';
    if (existing && settled(ctx, peer, existing.state, uuid)) {
      db.transaction(() => {
        queueMessageSync(ctx, peerUid, uuid);
      });
    } else if (ours && peer.blocked) {
      // Blocked here after the sibling sent it: not sent, and the sibling learns why.
      db.transaction(() => {
        if (!existing) db.insertMessage(peerUid, forwardedRow(message, ctx.now()));
        db.updateState(peerUid, uuid, 'failed', { failureReason: 'PEER_BLOCKED' });
        queueMessageSync(ctx, peerUid, uuid);
      });
    } else if (!ours) {
      await passOn(ctx, peer, payload, existing ? undefined : forwardedRow(message, ctx.now()));
    } else {
      const also = () => {
        queueMessageSync(ctx, peerUid, uuid);
        // Every device keeps the whole history: the primary fetches the sibling's files too.
        if (!existing) recordReceivedAttachments(ctx, peerUid, uuid, message.attachments);
      };
      const options = existing
        ? { retryUuid: uuid }
        : { dbMessage: forwardedRow(message, ctx.now()) };
      await sealAndQueue(ctx, peer, message, { kind: 'message', ...options, also });
      ctx.events.emit('message.stored', { peerUid, uuid, outbound: true, state: 'pending' });
    }
    await ctx.syncs.flush();
  });
  return {};
}

/**
 * The live case of `handleForward`, from inside the sibling's device queue (sync-direct.ts): a
 * new message for a contact this device is primary for, whose queue is free right now. Sealed
 * and queued like `handleForward` does, with `record` (the envelope hash and dedup id) and the
 * `msg` back in the job's transaction. Undefined, with nothing written, for every other case
 * (the inbox path handles it), including a contact queue in use: waiting for it while holding
 * the device's queue could deadlock (lock order: contact, then device).
 */
export async function forwardDirectly(
  ctx: EngineContext,
  fromDevice: string,
  payload: meow.DeviceSyncPayload,
  record: () => void,
): Promise<Emitted[] | undefined> {
  const message = decodeForwarded(payload.forwardPayload);
  const uuid = message.status?.uuid ?? '';
  const peerUid = payload.forwardPeerUid;
  if (isModification(message.type) || peerUid === '' || ctx.queue.isBusy(peerUid)) return;
  return ctx.queue.run(peerUid, async () => {
    const db = ctx.profile.messages;
    // Both reads at once (each a LevelDB trip on the way to the contact). Not to the sender:
    // its `pending_forward` copy waits for `sent` (sync-message.ts).
    const [peer, others] = await Promise.all([
      ctx.profile.peers.getPeer(peerUid),
      siblingsBut(ctx, fromDevice),
    ]);
    const ours = peer?.type === 'peer' && peer.primaryDeviceUid === '' && !peer.blocked;
    if (!ours || db.getMessage(peerUid, uuid)) return undefined;
    const also = () => {
      record();
      queueMessageSync(ctx, peerUid, uuid, others);
      recordReceivedAttachments(ctx, peerUid, uuid, message.attachments);
    };
    const dbMessage = forwardedRow(message, ctx.now());
    await sealAndQueue(ctx, peer, message, { kind: 'message', dbMessage, also });
    ctx.syncs.wake(); // not flush: the caller holds the sibling's device queue
    const stored = { peerUid, uuid, outbound: true, state: 'pending' } as const;
    return [{ name: 'message.stored', payload: stored }];
  });
}

/**
 * Whether a forwarded message we hold needs nothing more than telling the siblings where it
 * stands: the contact acknowledged it, our send job for it is queued, or we sealed and sent it
 * on the session we are on now (engine/sealed-here.ts). A row still `pending_forward` (ours,
 * or a sibling's copy by `msg`), `failed`, or `pending` without a job is not on its way; one
 * `sent` otherwise is sealed again, because it was sent by a primary that yielded (on a
 * session the contact may have dropped) or before our restart: the contact keeps one copy by
 * uuid and acks it again.
 */
function settled(
  ctx: EngineContext,
  peer: Peer | undefined,
  state: MessageState,
  uuid: string,
): boolean {
  if (state === 'delivered' || state === 'read') return true;
  if (state === 'sent') return peer !== undefined && ctx.sealedHere.has(peer, uuid);
  return state === 'pending' && queuedMessageUuids(ctx).has(uuid);
}

/**
 * A forward that reached a device which is not (any more) the contact's primary, e.g. sent
 * before a handoff: it goes on to the primary this device knows, unchanged (the sender's copy
 * stays `pending_forward` until the primary's `msg`). With no primary to pass it to, it fails.
 */
async function passOn(
  ctx: EngineContext,
  peer: Peer | undefined,
  payload: meow.DeviceSyncPayload,
  row: meow.IDbMessage | undefined,
): Promise<void> {
  const primary = peer && (await ctx.profile.devices.getPeer(peer.primaryDeviceUid));
  const uuid = decodeForwarded(payload.forwardPayload).status?.uuid ?? '';
  if (!peer || !isPaired(primary)) {
    failHere(ctx, payload.forwardPeerUid, uuid, row);
    return;
  }
  const fields = { forwardPayload: payload.forwardPayload, forwardPeerUid: peer.uid };
  const dedupId = forwardDedupId(uuid, ctx.now());
  ctx.profile.messages.transaction(() => {
    queueSync(ctx, 'forward', fields, { onlyDevice: primary.uid, dedupId });
  });
}

/**
 * The primary's row of a forwarded message, placed where the user wrote it on the sibling: it
 * keeps the writer's exact `status.sent`; only the copy sealed for the contact is stamped anew
 * (outbound.ts `forContact`).
 */
export function forwardedRow(message: meow.UserMessage, now: number): meow.IDbMessage {
  const written = message.status?.sent ?? 0;
  const createdAt = written > 0 && written <= now ? written : now;
  return {
    outbound: true,
    type: message.type,
    text: message.text,
    status: message.status,
    state: 'pending',
    createdAt,
    ...rowExpiryOf(message, createdAt, now), // disappearing messages: the writer's timer
    ...(message.attachments.length > 0 ? { attachments: message.attachments } : {}),
  };
}

/** This device cannot send it (not the contact's primary, or no contact queue yet). */
function failHere(
  ctx: EngineContext,
  peerUid: string,
  uuid: string,
  row: meow.IDbMessage | undefined,
): void {
  const db = ctx.profile.messages;
  const failed = db.transaction(() => {
    if (row) db.insertMessage(peerUid, row);
    const changed = db.updateState(peerUid, uuid, 'failed', { failureReason: NOT_PRIMARY });
    if (changed) queueMessageSync(ctx, peerUid, uuid);
    return changed;
  });
  if (failed) {
    ctx.events.emit('message.statusChanged', {
      peerUid,
      uuid,
      state: 'failed',
      reason: NOT_PRIMARY,
    });
  }
}

function decodeForwarded(bytes: Uint8Array): meow.UserMessage {
  let message: meow.UserMessage;
  try {
    message = decodeProto(meow.UserMessage, bytes);
  } catch (cause) {
    throw new AppError('SYNC_BAD_PAYLOAD', 'forward_payload is not a UserMessage', { cause });
  }
  // Only chat a person wrote (its edits and deletes, forward-modify.ts; a timer they set) is
  // forwarded; acks and answers are the primary's own business.
  const chat =
    message.type === 'text' || message.type === EXPIRY_TIMER_TYPE || isModification(message.type);
  if (!chat || !message.status?.uuid) {
    throw new AppError(
      'SYNC_BAD_PAYLOAD',
      'only texts, timers, edits and deletes with a uuid are forwarded',
    );
  }
  return message;
}
