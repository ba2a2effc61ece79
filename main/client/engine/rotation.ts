/**
 * Queue rotation (PROTOCOL.md §9 "Queue rotation"; LIFECYCLE_NOTES.md "3. Revocation"): this
 * side moves the queue a contact writes to, so that whoever held the old lookup secret (a
 * revoked device's copy) can no longer pull or ack (delete) what the contact sends.
 *
 *   us:      new lookup secret; the old one kept as `previousLookup` and still polled;
 *            `address_update{lookup_key, send_token}` (the new queue and the capability to push
 *            there) sealed inside the ratchet (the revoked copy cannot read it), the peer stored
 *            with the new secret before the bytes exist (outbound.ts);
 *   contact: sends to the new key from now on, and answers `address_test` there (its earlier
 *            messages left its outbox first: per-contact FIFO);
 *   us:      on `address_test`, the old queue is drained for `drainMs` more, then dropped.
 * One rotation per contact at a time. A crash before `address_test` arrived re-sends the
 * update at start (the contact applies it again and answers again).
 */
import { randomUUID } from 'node:crypto';
import { randomBytes } from '../../../core/crypto';
import { grantsSend, LOOKUP_SECRET_BYTES } from '../../../core/lookup';
import { AppError } from '../../../core/errors';
import { decodeProto, encodeProto } from '../../../core/wire';
import { meow } from '../../../proto';
import { toB64 } from '../b64';
import type { Peer } from '../model';
import { channelFor, lookupOf, type PeerSession } from '../peers';
import type { Channel } from '../../../core/envelope';
import type { EngineContext } from './context';
import { sealAndQueue } from './outbound';

export const ADDRESS_UPDATE_TYPE = 'address_update';
export const ADDRESS_TEST_TYPE = 'address_test';
/** After the contact confirmed the new address, the old queue is still read this long. */
export const ADDRESS_DRAIN_MS = 60_000;

/** Inside the contact's queue, on its primary: starts a rotation (false if one is running). */
export async function rotateAddress(
  ctx: EngineContext,
  peer: Peer,
  also?: () => void,
): Promise<boolean> {
  if (peer.type !== 'peer' || peer.primaryDeviceUid !== '' || peer.contactLookupKey === null) {
    return false;
  }
  if (peer.resetPending) {
    // Nothing can be sealed before the contact answers our reset: rotate right after.
    await ctx.profile.peers.storePeer(peer.uid, { ...peer, rotationOwed: true });
    return false;
  }
  if (peer.previousLookup && peer.previousLookup.confirmedAt === undefined) return false;
  const { rotationOwed: _owed, ...rest } = peer;
  const next: Peer = {
    ...rest,
    myLookupSecret: toB64(randomBytes(LOOKUP_SECRET_BYTES)),
    previousLookup: { secret: peer.myLookupSecret },
  };
  await sendAddressUpdate(ctx, next, also);
  ctx.wakePoll();
  return true;
}

/**
 * Seals and queues `address_update` naming the peer's current lookup key, with the capability
 * to push there (the relay refuses the contact's pushes without it).
 */
export async function sendAddressUpdate(
  ctx: EngineContext,
  peer: Peer,
  also?: () => void,
): Promise<void> {
  const { lookupKey, sendToken } = lookupOf(peer);
  const update = encodeProto(meow.AddressUpdate, { lookupKey, sendToken });
  const message = {
    type: ADDRESS_UPDATE_TYPE,
    appdata: update,
    status: { uuid: randomUUID(), sent: ctx.now() },
  };
  await sealAndQueue(ctx, peer, message, { kind: 'ack', ...(also ? { also } : {}) });
}

/** Engine start: rotations whose `address_test` has not come yet send the update again. */
export async function resendAddressUpdates(ctx: EngineContext): Promise<void> {
  for (const peer of await ctx.profile.peers.listPeers()) {
    if (!awaitsConfirmation(peer)) continue;
    await ctx.queue.run(peer.uid, async () => {
      const now = await ctx.profile.peers.getPeer(peer.uid);
      if (now && awaitsConfirmation(now)) await sendAddressUpdate(ctx, now);
    });
  }
}

function awaitsConfirmation(peer: Peer): boolean {
  return (
    peer.primaryDeviceUid === '' &&
    !peer.resetPending &&
    peer.previousLookup !== undefined &&
    peer.previousLookup.confirmedAt === undefined
  );
}

/** The previous queue while it is still read: until `drainMs` after the confirmation. */
export function previousQueue(
  peer: Peer,
  now: number,
  drainMs = ADDRESS_DRAIN_MS,
): { lookupKey: Uint8Array; pullToken: Uint8Array } | undefined {
  const previous = peer.previousLookup;
  if (!previous) return undefined;
  if (previous.confirmedAt !== undefined && now - previous.confirmedAt >= drainMs) return undefined;
  return lookupOf({ ...peer, myLookupSecret: previous.secret });
}

/** The channel to open entries addressed to the previous queue with (else undefined). */
export function previousChannel(peer: Peer, destination: Uint8Array): Channel | undefined {
  if (!peer.previousLookup) return undefined;
  const old: Peer = { ...peer, myLookupSecret: peer.previousLookup.secret };
  return toB64(lookupOf(old).lookupKey) === toB64(destination) ? channelFor(old) : undefined;
}

/**
 * An opened `address_update` (the contact's side: write to the new key from now on) or
 * `address_test` (ours: the contact confirmed it), applied to the unit's session so it is
 * stored with the ratchet. Returns what happened, for the steps after the unit.
 */
export function applyAddressMessage(
  session: PeerSession,
  message: meow.UserMessage,
  now: number,
): 'updated' | 'confirmed' | undefined {
  if (message.type === ADDRESS_UPDATE_TYPE) {
    const update = decodeProto(meow.AddressUpdate, message.appdata);
    // Adopting an address we could not push to would silence the relationship: refuse it.
    if (!grantsSend(update.lookupKey, update.sendToken)) {
      throw new AppError('PROTO_INVALID_FIELD', 'address_update send token does not grant its key');
    }
    session.amend({
      contactLookupKey: toB64(update.lookupKey),
      contactSendToken: toB64(update.sendToken),
    });
    return 'updated';
  }
  const previous = session.peer().previousLookup;
  if (message.type !== ADDRESS_TEST_TYPE || !previous || previous.confirmedAt !== undefined) {
    return undefined;
  }
  session.amend({ previousLookup: { ...previous, confirmedAt: now } });
  return 'confirmed';
}

/** The contact's side, after storing the new address: `address_test` to it. */
export async function confirmAddress(
  ctx: EngineContext,
  peerUid: string,
  also?: () => void,
): Promise<void> {
  const peer = await ctx.profile.peers.getPeer(peerUid);
  if (!peer) return;
  const message = { type: ADDRESS_TEST_TYPE, status: { uuid: randomUUID(), sent: ctx.now() } };
  await sealAndQueue(ctx, peer, message, { kind: 'ack', ...(also ? { also } : {}) });
}
