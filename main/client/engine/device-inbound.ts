/**
 * Entries pulled from a sibling device's queue (MULTI_DEVICE_SPEC phases 1–2). Runs inside the
 * device's queue. An answer to our pairing QR becomes a pairing awaiting the user's
 * confirmation (nothing flows before it); a sync is decrypted and recorded in the sync inbox in
 * one transaction with its envelope hash, then the device's ratchet is stored
 * (ConsumeDeviceSyncMessage persists the ratchet after each consume). Applying the sync happens
 * later, from the inbox, outside this lock (sync-in.ts).
 */
import { AppError } from '../../../core/errors';
import type { meow } from '../../../proto';
import { pairingCode, readSyncPayload } from '../devices';
import type { Peer } from '../model';
import { finalizeInvitation, openFromPeer, openInvitationAnswer } from '../peers';
import type { EngineContext } from './context';
import { takePreapproval } from './device-introduce';
import { syncIdentity, syncPeer } from './sync-out';

export async function receiveFromDevice(
  ctx: EngineContext,
  device: Peer,
  packed: meow.PackedUserMessage,
  hash: Uint8Array,
): Promise<void> {
  if (device.invitationStep === 'offered') return pairingAnswered(ctx, device, packed, hash);
  const { message, peer: next } = openSync(device, packed);
  readSyncPayload(message); // a bad payload is refused before anything changes
  const db = ctx.profile.messages;
  db.transaction(() => {
    db.seenEnvelope(hash);
    db.addSyncInbox(device.uid, message.appdata);
  });
  // The joining side learns the pairing was confirmed from the first sync it receives.
  const confirmedNow = device.invitationStep === 'answered';
  await ctx.profile.devices.storePeer(device.uid, {
    ...next,
    invitationStep: confirmedNow ? 'finalized' : next.invitationStep,
  });
  if (confirmedNow) {
    ctx.events.emit('device.paired', { deviceUid: device.uid, name: device.name });
    // Our own contacts (a device that already had some) go to the sibling that confirmed us.
    ctx.background('device.paired', () => sendOwnContacts(ctx, device.uid));
  }
  ctx.wakeInbox();
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
  if (deviceUid === ctx.profile.data.deviceUid || (await devices.getPeer(deviceUid))) {
    throw new AppError('INVITATION_BAD_ANSWER', 'that device is already paired');
  }
  // Introduced by a sibling the user already confirmed (device-introduce.ts): no second ask.
  const preapproved = takePreapproval(ctx, offered.uid, deviceUid);
  const step = preapproved ? 'finalized' : 'confirming';
  const device: Peer = { ...answered, uid: deviceUid, invitationStep: step };
  ctx.profile.messages.transaction(() => ctx.profile.messages.seenEnvelope(hash));
  await devices.storePeer(deviceUid, device);
  await devices.deletePeer(offered.uid);
  ctx.wakePoll();
  if (preapproved) {
    ctx.events.emit('device.paired', { deviceUid, name: device.name });
    ctx.background('device.paired', async () => {
      await syncIdentity(ctx, deviceUid); // the new device learns it is confirmed here
      await sendOwnContacts(ctx, deviceUid);
    });
    return;
  }
  const code = pairingCode(device);
  ctx.events.emit('device.pairingRequested', { deviceUid, name: device.name, code });
}

/** The contacts this device is primary for, to a sibling it was just paired with. */
async function sendOwnContacts(ctx: EngineContext, deviceUid: string): Promise<void> {
  for (const peer of await ctx.profile.peers.listPeers()) {
    if (peer.primaryDeviceUid === '') await syncPeer(ctx, peer, deviceUid);
  }
}
