/**
 * The primary-device relay (MULTI_DEVICE_SPEC phase 7, option B) and device revocation.
 *
 * Sibling: a message to a peer whose primary is another device is stored `pending_forward` and
 * sent to the primary alone as `forward{forward_payload = UserMessage, forward_peer_uid}`.
 * Primary: seals it with its own ratchet, queues it like any message (`pending`), and syncs
 * `msg` back, so the sibling's copy moves on to `sent`, `delivered`, `read`. The contact sees
 * one sender. A forward is applied once per message uuid (idempotent on re-delivery).
 */
import { AppError } from '../../../core/errors';
import { decodeProto, encodeProto } from '../../../core/wire';
import { meow } from '../../../proto';
import type { Peer } from '../model';
import type { EngineContext } from './context';
import { sealAndQueue } from './outbound';
import { dispatchSync, syncMessage } from './sync-out';

const NOT_PRIMARY = 'SYNC_NOT_PRIMARY';

/** Sibling side (7.3). `dbMessage` for a new message; omitted when retrying a failed one. */
export async function forwardToPrimary(
  ctx: EngineContext,
  peer: Peer,
  message: meow.IUserMessage,
  dbMessage?: meow.IDbMessage,
): Promise<void> {
  const uuid = message.status?.uuid ?? '';
  const db = ctx.profile.messages;
  if (dbMessage) {
    db.insertMessage(peer.uid, { ...dbMessage, state: 'pending_forward' });
    ctx.events.emit('message.stored', {
      peerUid: peer.uid,
      uuid,
      outbound: true,
      state: 'pending_forward',
    });
  } else db.updateState(peer.uid, uuid, 'pending_forward');
  const primary = await ctx.profile.devices.getPeer(peer.primaryDeviceUid);
  if (primary?.invitationStep !== 'finalized') {
    markFailed(ctx, peer.uid, uuid, NOT_PRIMARY);
    return;
  }
  const forwardPayload = encodeProto(meow.UserMessage, message);
  await dispatchSync(
    ctx,
    'forward',
    { forwardPayload, forwardPeerUid: peer.uid },
    { onlyDevice: primary.uid, dedupId: `fwd.${uuid}.${ctx.now().toString(36)}` },
  );
}

function markFailed(ctx: EngineContext, peerUid: string, uuid: string, reason: string): void {
  if (ctx.profile.messages.updateState(peerUid, uuid, 'failed', { failureReason: reason })) {
    ctx.events.emit('message.statusChanged', { peerUid, uuid, state: 'failed', reason });
  }
}

/** Primary side (7.4). Runs in the contact's queue; the sibling learns the outcome by `msg`. */
export async function handleForward(
  ctx: EngineContext,
  payload: meow.DeviceSyncPayload,
): Promise<object> {
  const message = decodeForwarded(payload.forwardPayload);
  const uuid = message.status?.uuid ?? '';
  const peerUid = payload.forwardPeerUid;
  await ctx.queue.run(peerUid, async () => {
    const existing = ctx.profile.messages.getMessage(peerUid, uuid);
    if (existing && existing.state !== 'failed') return; // forwarded before
    const peer = await ctx.profile.peers.getPeer(peerUid);
    const now = ctx.now();
    // Placed where the user wrote it on the sibling, so every device shows the same order.
    const written = message.status?.sent ?? 0;
    const dbMessage: meow.IDbMessage = {
      outbound: true,
      type: message.type,
      text: message.text,
      status: message.status,
      state: 'pending',
      createdAt: written > 0 && written <= now ? written : now,
    };
    if (peer?.primaryDeviceUid !== '' || peer.contactLookupKey === null) {
      if (!existing) ctx.profile.messages.insertMessage(peerUid, dbMessage);
      markFailed(ctx, peerUid, uuid, NOT_PRIMARY);
    } else {
      const options = existing ? { retryUuid: uuid } : { dbMessage };
      await sealAndQueue(ctx, peer, message, { kind: 'message', ...options });
      ctx.events.emit('message.stored', { peerUid, uuid, outbound: true, state: 'pending' });
    }
    await syncMessage(ctx, peerUid, uuid);
  });
  return {};
}

function decodeForwarded(bytes: Uint8Array): meow.UserMessage {
  let message: meow.UserMessage;
  try {
    message = decodeProto(meow.UserMessage, bytes);
  } catch (cause) {
    throw new AppError('SYNC_BAD_PAYLOAD', 'forward_payload is not a UserMessage', { cause });
  }
  // Only chat a person wrote is forwarded; acks and answers are the primary's own business.
  if (message.type !== 'text' || !message.status?.uuid) {
    throw new AppError('SYNC_BAD_PAYLOAD', 'only text messages with a uuid are forwarded');
  }
  return message;
}

/**
 * `device_revoke` from a sibling: forget the revoked device; if it is us, forget every sibling
 * (we receive and send no more syncs). Contacts and history stay.
 */
export async function applyRevoke(
  ctx: EngineContext,
  fromDevice: string,
  revokedUid: string,
): Promise<object> {
  if (revokedUid === '') throw new AppError('SYNC_BAD_PAYLOAD', 'device_revoke names no device');
  const devices = ctx.profile.devices;
  const forget =
    revokedUid === ctx.profile.data.deviceUid
      ? (await devices.listPeers()).map((d) => d.uid)
      : [revokedUid];
  for (const uid of forget) {
    if (!(await devices.getPeer(uid))) continue;
    await devices.deletePeer(uid);
    ctx.events.emit('device.removed', { deviceUid: uid, reason: 'revoked' });
  }
  if (!forget.includes(fromDevice) || revokedUid === ctx.profile.data.deviceUid) ctx.wakePoll();
  return {};
}
