/**
 * Entries pulled from a sibling device's queue (MULTI_DEVICE_SPEC phases 1–2). Runs inside the
 * device's queue. An answer to our pairing QR becomes a pairing awaiting the user's
 * confirmation (nothing flows before it); a sync is decrypted and recorded in the sync inbox in
 * one transaction with its envelope hash, then the device's ratchet is stored
 * (ConsumeDeviceSyncMessage persists the ratchet after each consume). Applying the sync happens
 * later, from the inbox, outside this lock (sync-in.ts) — except the live case: a `msg`, a
 * `forward` or a heartbeat alone in its unit with nothing waiting before it is applied in that
 * same commit instead of the inbox row (sync-direct.ts), so it costs no second commit.
 */
import { AppError } from '../../../core/errors';
import type { meow } from '../../../proto';
import { pairingCode, readSyncPayload } from './codec';
import type { Peer } from '../model';
import { finalizeInvitation, openFromPeer, openInvitationAnswer } from '../peers';
import type { EngineContext } from '../engine/context';
import { takePreapproval } from './introduce';
import { hasExpired, joinRefused, lateAnswer, noticeEnd } from './pairing';
import { applyDirectly } from './sync-direct';
import { queueIdentitySync, queuePeerSync } from './sync-out';

export async function receiveFromDevice(
  ctx: EngineContext,
  device: Peer,
  packed: meow.PackedUserMessage,
  hash: Uint8Array,
  alone = false,
): Promise<void> {
  if (device.invitationStep === 'offered') return pairingAnswered(ctx, device, packed, hash);
  const { message, peer: next } = openSync(device, packed);
  const sync = readSyncPayload(message); // a bad payload is refused before anything changes
  // Still waiting, and the existing device says the pairing ended there (pairing.ts).
  const end = device.invitationStep === 'answered' ? noticeEnd(sync.type) : undefined;
  if (end) return joinRefused(ctx, device, end, hash);
  // The joining side learns the pairing was confirmed from the first sync it receives; our own
  // contacts (a device that already had some) then go to the sibling that confirmed us,
  // recorded with that sync (they wait in the sync outbox until the device is stored paired).
  const confirmedNow = device.invitationStep === 'answered';
  const contacts = confirmedNow ? await ownContacts(ctx) : [];
  const db = ctx.profile.messages;
  const entry = { deviceUid: device.uid, sync, appdata: message.appdata, hash };
  // Alone in its unit and nothing waiting before it: applied in the commit that records it.
  const direct = alone && !confirmedNow && (await applyDirectly(ctx, entry));
  if (!direct) {
    db.transaction(() => {
      db.seenEnvelope(hash);
      db.addSyncInbox(device.uid, message.appdata);
      for (const uid of contacts) queuePeerSync(ctx, uid, device.uid);
    });
  } else {
    await direct.durable; // the ratchet moves on only once the applied sync is on disk
  }
  await ctx.profile.devices.storePeer(device.uid, {
    ...next,
    invitationStep: confirmedNow ? 'finalized' : next.invitationStep,
    lastSeenAt: ctx.now(), // the device list's "last seen", in the write we make anyway
  });
  if (confirmedNow) {
    ctx.events.emit('device.paired', { deviceUid: device.uid, name: device.name });
    ctx.syncs.wake(); // not flush: we hold this device's queue, which sending needs
  }
  if (!direct) ctx.wakeInbox();
}

function openSync(device: Peer, packed: meow.PackedUserMessage) {
  if (device.invitationStep === 'confirming') {
    throw new AppError('INVITATION_ALREADY_USED', 'this pairing waits for confirmation');
  }
  try {
    return openFromPeer(device, packed);
  } catch (err) {
    // Someone else answering the same pairing QR later: refuse it by name.
    if (isInvitationAnswer(device, packed)) {
      throw new AppError('INVITATION_ALREADY_USED', 'this pairing QR was already used');
    }
    throw err;
  }
}

function isInvitationAnswer(device: Peer, packed: meow.PackedUserMessage): boolean {
  try {
    openInvitationAnswer(device, packed);
    return true;
  } catch {
    return false;
  }
}

/**
 * The new device's answer to our pairing QR: the relationship is complete but stays
 * 'confirming' (nothing is sent to it) until the user confirms that both screens show the same
 * code. From now on it is stored under the new device's own uid.
 */
async function pairingAnswered(
  ctx: EngineContext,
  offered: Peer,
  packed: meow.PackedUserMessage,
  hash: Uint8Array,
): Promise<void> {
  const answer = openInvitationAnswer(offered, packed);
  const answered = finalizeInvitation(offered, answer, { now: ctx.now() });
  const deviceUid = answer.contact?.deviceUid ?? '';
  const devices = ctx.profile.devices;
  const known = await devices.getPeer(deviceUid);
  // The same answer again (a crash came before it was marked seen) finishes what it started.
  const again = known !== undefined && known.contactPublicKey === answered.contactPublicKey;
  if (deviceUid === ctx.profile.data.deviceUid || (known && !again)) {
    throw new AppError('INVITATION_BAD_ANSWER', 'that device is already paired');
  }
  if (!again && hasExpired(offered, ctx.now())) {
    const relation: Peer = { ...answered, uid: deviceUid, invitationStep: 'confirming' };
    return lateAnswer(ctx, offered, relation, hash); // refused; the new device is told
  }
  // Introduced by a sibling the user already confirmed (introduce.ts): no second ask.
  const preapproved = again
    ? known.invitationStep === 'finalized'
    : takePreapproval(ctx, offered.uid, deviceUid);
  const step = preapproved ? 'finalized' : 'confirming';
  const device: Peer = {
    ...answered,
    uid: deviceUid,
    invitationStep: step,
    lastSeenAt: ctx.now(),
  };
  const contacts = preapproved ? await ownContacts(ctx) : [];
  // The device first: a crash before the envelope is marked seen re-delivers the answer.
  if (!again) await devices.storePeer(deviceUid, device);
  ctx.profile.messages.transaction(() => {
    ctx.profile.messages.seenEnvelope(hash);
    if (!preapproved) return;
    queueIdentitySync(ctx, deviceUid); // the new device learns it is confirmed here
    for (const uid of contacts) queuePeerSync(ctx, uid, deviceUid);
  });
  await devices.deletePeer(offered.uid);
  ctx.wakePoll();
  if (preapproved) {
    ctx.events.emit('device.paired', { deviceUid, name: device.name });
    ctx.syncs.wake(); // not flush: we hold the offered pairing's queue
    return;
  }
  const code = pairingCode(device);
  ctx.events.emit('device.pairingRequested', { deviceUid, name: device.name, code });
}

/** The contacts this device is primary for (for a sibling it was just paired with). */
async function ownContacts(ctx: EngineContext): Promise<string[]> {
  const peers = await ctx.profile.peers.listPeers();
  return peers.filter((p) => p.primaryDeviceUid === '').map((p) => p.uid);
}
