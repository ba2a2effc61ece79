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
import type { EngineContext } from '../engine/context';
import { sealAndQueue } from '../engine/outbound';
import { NOT_PRIMARY } from './sync-settle';
import { isPaired, queueMessageSync, queueSync } from './sync-out';

/**
 * Sibling side (7.3), inside the contact's queue. `dbMessage` for a new message; omitted when
 * sending a stored one again. ONE transaction stores the row (`pending_forward`) or moves it
 * back there, records the forward to the primary and the `msg` sync to the siblings; a primary
 * that is not paired (any more) fails the message instead, which the user can retry.
 */
export async function forwardToPrimary(
  ctx: EngineContext,
  peer: Peer,
  message: meow.IUserMessage,
  dbMessage?: meow.IDbMessage,
): Promise<void> {
  const uuid = message.status?.uuid ?? '';
  const db = ctx.profile.messages;
  const primary = await ctx.profile.devices.getPeer(peer.primaryDeviceUid);
  const reachable = isPaired(primary);
  const forwardPayload = encodeProto(meow.UserMessage, message);
  const moved = db.transaction(() => {
    const stepped = dbMessage
      ? db.insertMessage(peer.uid, { ...dbMessage, state: 'pending_forward' }).inserted
      : db.updateState(peer.uid, uuid, 'pending_forward');
    if (reachable) {
      queueSync(
        ctx,
        'forward',
        { forwardPayload, forwardPeerUid: peer.uid },
        { onlyDevice: primary.uid, dedupId: `fwd.${uuid}.${ctx.now().toString(36)}` },
      );
    } else db.updateState(peer.uid, uuid, 'failed', { failureReason: NOT_PRIMARY });
    queueMessageSync(ctx, peer.uid, uuid);
    return stepped;
  });
  const event = { peerUid: peer.uid, uuid, state: 'pending_forward' } as const;
  if (dbMessage) ctx.events.emit('message.stored', { ...event, outbound: true });
  else if (moved) ctx.events.emit('message.statusChanged', event);
  if (!reachable) {
    ctx.events.emit('message.statusChanged', { ...event, state: 'failed', reason: NOT_PRIMARY });
  }
}

/**
 * Primary side (7.4). Runs in the contact's queue; the sibling learns the outcome by `msg`,
 * recorded in the transaction that queues (or fails) the message. A forward seen before only
 * tells the siblings again where the message stands (the sender may be asking because it
 * never heard).
 */
export async function handleForward(
  ctx: EngineContext,
  payload: meow.DeviceSyncPayload,
): Promise<object> {
  const message = decodeForwarded(payload.forwardPayload);
  const uuid = message.status?.uuid ?? '';
  const peerUid = payload.forwardPeerUid;
  const db = ctx.profile.messages;
  await ctx.queue.run(peerUid, async () => {
    const existing = db.getMessage(peerUid, uuid);
    const peer = await ctx.profile.peers.getPeer(peerUid);
    if (existing && existing.state !== 'failed') {
      db.transaction(() => {
        queueMessageSync(ctx, peerUid, uuid);
      });
    } else if (peer?.primaryDeviceUid !== '' || peer.contactLookupKey === null) {
      failHere(ctx, peerUid, uuid, existing ? undefined : forwardedRow(ctx, message));
    } else {
      const also = () => {
        queueMessageSync(ctx, peerUid, uuid);
      };
      const options = existing ? { retryUuid: uuid } : { dbMessage: forwardedRow(ctx, message) };
      await sealAndQueue(ctx, peer, message, { kind: 'message', ...options, also });
      ctx.events.emit('message.stored', { peerUid, uuid, outbound: true, state: 'pending' });
    }
    await ctx.syncs.flush();
  });
  return {};
}

/** The primary's row of a forwarded message, placed where the user wrote it on the sibling. */
function forwardedRow(ctx: EngineContext, message: meow.UserMessage): meow.IDbMessage {
  const now = ctx.now();
  const written = message.status?.sent ?? 0;
  return {
    outbound: true,
    type: message.type,
    text: message.text,
    status: message.status,
    state: 'pending',
    createdAt: written > 0 && written <= now ? written : now,
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
