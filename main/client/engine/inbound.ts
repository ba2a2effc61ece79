/**
 * Handling a unit of entries pulled from one peer's queue (the poll worker calls this inside
 * the peer's queue, and acks the relay cursor only after it returned, so a crash anywhere
 * re-delivers the entries and the envelope-hash dedup recognises those already handled).
 * A contact's messages are handled as one unit: one transaction, one ratchet write, one ack
 * message (receive.ts, which states the order and why). Invitation answers and entries from
 * sibling devices (devices/inbound.ts) stay one entry at a time, in the order: envelope-hash
 * dedup (before decryption) → open (pure) → ONE transaction (the hash and the effect) →
 * store the peer → emit. A failing entry changes nothing and is reported by code only (an
 * 'error' event, where 'poll.entry'); the rest of the unit still applies.
 */
import { envelopeHash } from '../../../core/envelope';
import { isAppError } from '../../../core/errors';
import type { meow } from '../../../proto';
import type { Peer } from '../model';
import { finalizeInvitation, openInvitationAnswer } from '../peers';
import type { EngineContext } from './context';
import { aroundChange, receiveFromDevice } from '../devices';
import { isStorageUnavailable } from './failures';
import { sendHeld } from './messaging';
import { receiveUnit, type UnitHint } from './receive';

function reportError(ctx: EngineContext, peerUid: string, err: unknown): void {
  if (isStorageUnavailable(err)) throw err;
  const code = isAppError(err) ? err.code : 'INTERNAL';
  ctx.events.emit('error', { where: 'poll.entry', code, peerUid });
}

/** A contact whose messages go through the ratchet (an answer may still finalize it). */
function isEstablishedContact(peer: Peer): boolean {
  return peer.type === 'peer' && peer.invitationStep !== 'offered';
}

/**
 * Returns false when the entries are not this device's to handle: the contact was handed over
 * to another device meanwhile (devices/handoff.ts), which pulls them itself, so they must not
 * be acked here.
 */
export async function handleEntries(
  ctx: EngineContext,
  uid: string,
  entries: readonly meow.PackedUserMessage[],
  hint?: UnitHint,
): Promise<boolean> {
  const { quiet, done } = wakeInboxAfterUnit(ctx);
  try {
    return await handleEach(ctx, quiet, uid, entries, hint);
  } finally {
    done();
  }
}

async function handleEach(
  ctx: EngineContext,
  quiet: EngineContext,
  uid: string,
  entries: readonly meow.PackedUserMessage[],
  hint: UnitHint | undefined,
): Promise<boolean> {
  let rest = entries;
  while (rest.length > 0) {
    let peer: Peer | undefined;
    try {
      // Re-read per step: an invitation answer just handled changes the peer.
      peer = await readPeer(ctx, uid);
    } catch (err) {
      for (let i = 0; i < rest.length; i++) reportError(ctx, uid, err);
      return true;
    }
    if (!peer) return true;
    if (peer.type === 'peer' && peer.primaryDeviceUid !== '') return false;
    if (isEstablishedContact(peer)) {
      await receiveUnit(ctx, peer, rest, hint);
      return true;
    }
    const [first] = rest;
    if (first) await handleOne(quiet, peer, first, entries.length === 1);
    rest = rest.slice(1);
  }
  return true;
}

/**
 * The contact or sibling device `uid`, from whichever store holds it. Both stores are read at
 * once: one after the other, a sibling's entry paid two LevelDB reads in a row on the sync hop,
 * each a trip through libuv's thread pool, where it waits behind the fsynced ratchet writes of
 * the hop before it.
 */
async function readPeer(ctx: EngineContext, uid: string): Promise<Peer | undefined> {
  const [peer, device] = await Promise.all([
    ctx.profile.peers.getPeer(uid),
    ctx.profile.devices.getPeer(uid),
  ]);
  return peer ?? device;
}

/**
 * The syncs of one unit from a sibling are all in the inbox before it is drained: a message
 * and its later delete, pulled together by a device back from being offline, are applied as
 * one batch, and the message is stored deleted (devices/sync-deletes.ts).
 */
function wakeInboxAfterUnit(ctx: EngineContext): { quiet: EngineContext; done: () => void } {
  let woken = false;
  const quiet: EngineContext = {
    ...ctx,
    wakeInbox: () => {
      woken = true;
    },
  };
  return {
    quiet,
    done: () => {
      if (woken) ctx.wakeInbox();
    },
  };
}

/** One entry from a sibling device, or the answer to an invitation we offered. */
async function handleOne(
  ctx: EngineContext,
  peer: Peer,
  packed: meow.PackedUserMessage,
  alone: boolean,
): Promise<void> {
  try {
    const hash = envelopeHash(packed);
    if (ctx.profile.messages.hasSeenEnvelope(hash)) return;
    // `alone`: the only entry of its unit, so a sync may be applied at once (sync-direct.ts).
    if (peer.type === 'device') await receiveFromDevice(ctx, peer, packed, hash, alone);
    else await finalize(ctx, peer, packed, hash);
  } catch (err) {
    reportError(ctx, peer.uid, err);
  }
}

async function finalize(
  ctx: EngineContext,
  peer: Peer,
  packed: meow.PackedUserMessage,
  hash: Uint8Array,
): Promise<void> {
  const answer = openInvitationAnswer(peer, packed);
  const next = finalizeInvitation(peer, answer, { now: ctx.now() });
  // The siblings' peer_update is recorded first and the envelope marked seen last, so a crash
  // anywhere in between neither loses the finalization nor its sync.
  await aroundChange(ctx, { kind: 'peer', ref: peer.uid }, async () => {
    await ctx.profile.peers.storePeer(peer.uid, next);
    ctx.profile.messages.transaction(() => ctx.profile.messages.seenEnvelope(hash));
  });
  ctx.events.emit('invitation.finalized', { peerUid: peer.uid, name: next.name });
  ctx.events.emit('peer.updated', { peerUid: peer.uid, name: next.name });
  await sendHeld(ctx, peer.uid);
}
