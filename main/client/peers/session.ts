import {
  createChannel,
  openUserMessage,
  sealUserMessage,
  type Channel,
} from '../../../core/envelope';
import { AppError } from '../../../core/errors';
import { lookupKeyPairFromSecret } from '../../../core/lookup';
import { parseRatchetState, serializeRatchetState, type RatchetState } from '../../../core/ratchet';
import type { meow } from '../../../proto';
import type { Peer } from '../model';
import { bytes, contactKeysOf } from './codec';

/**
 * What the engine calls on every message of an established relationship. All functions are
 * pure: they return a new Peer (new DrStateJson, updatedAt) and never touch the one passed in,
 * so the engine persists the returned Peer only once the message is stored/queued
 * (DESIGN.md §3 "no state advances on a message that fails any check").
 */

export interface SessionOptions {
  /** ms since epoch for updatedAt; defaults to the clock. */
  readonly now?: number;
  /**
   * A Channel from `channelFor(peer)`, reused across messages: building one costs an X25519
   * (box precomputation). Valid for as long as the peer's keys do not change (they never do
   * after finalization).
   */
  readonly channel?: Channel;
}

/** The envelope parameters of this relationship. PEER_NOT_READY before the contact is known. */
export function channelFor(peer: Peer): Channel {
  const contact = contactKeysOf(peer);
  return createChannel({
    symKey: bytes(peer.mySymKey, 'sym key'),
    myEncryptionPrivateKey: bytes(peer.myEncryptionKp.privateKey, 'encryption key'),
    contactEncryptionPublicKey: contact.encryption,
    myIdentity: bytes(peer.myIdentity.publicKey, 'identity key'),
    contactIdentity: contact.identity,
    myLookupKey: lookupOf(peer).lookupKey,
    contactLookupKey: contact.lookupKey,
  });
}

/**
 * Our queue for this relationship: the address we pull, the proof the relay checks, and the
 * send capability the contact needs (in our cards and address updates).
 */
export function lookupOf(peer: Peer): {
  lookupKey: Uint8Array;
  pullToken: Uint8Array;
  sendToken: Uint8Array;
} {
  const pair = lookupKeyPairFromSecret(bytes(peer.myLookupSecret, 'lookup secret'));
  return { lookupKey: pair.lookupKey, pullToken: pair.pullToken, sendToken: pair.sendToken };
}

export function sealForPeer(
  peer: Peer,
  message: meow.IUserMessage,
  options: SessionOptions = {},
): { packed: meow.PackedUserMessage; peer: Peer } {
  const sealed = sealUserMessage(message, options.channel ?? channelFor(peer), ratchetOf(peer));
  return { packed: sealed.packed, peer: advanced(peer, sealed.ratchet, options) };
}

/**
 * Opens a message from this contact. Any failure throws (ENVELOPE_*, RATCHET_*, PAD_INVALID,
 * PROTO_DECODE_FAILED) and, since nothing is modified, leaves the caller's Peer valid.
 * The answerer's step moves from 'answered' to 'finalized' on the first message it opens: the
 * inviter can only have written after finalizing, so the answer got through.
 */
export function openFromPeer(
  peer: Peer,
  packed: meow.IPackedUserMessage,
  options: SessionOptions = {},
): { message: meow.UserMessage; peer: Peer } {
  const opened = openUserMessage(packed, options.channel ?? channelFor(peer), ratchetOf(peer));
  const next = advanced(peer, opened.ratchet, options);
  if (next.invitationStep === 'answered') next.invitationStep = 'finalized';
  return { message: opened.message, peer: next };
}

/**
 * Several messages of one relationship in a row, in memory: the ratchet state is parsed once and
 * serialized once (`peer()`), not once per message as openFromPeer/sealForPeer do. Just as
 * pure: nothing is persisted, the Peer passed in is never touched, and an open or seal that
 * throws leaves the session's state as it was. The caller persists `peer()` once its messages
 * are stored (or, after a seal, before the sealed bytes go anywhere).
 */
export class PeerSession {
  private state: RatchetState;
  private channel: Channel;
  private received = false;
  private dirty = false;

  constructor(
    private base: Peer,
    private readonly options: SessionOptions = {},
  ) {
    this.state = ratchetOf(base);
    this.channel = options.channel ?? channelFor(base);
  }

  /** Whether the state moved (a message accepted or sealed): `peer()` must then be stored. */
  get changed(): boolean {
    return this.dirty;
  }

  /**
   * Opens one message from the current state. The state moves past it only when `accept` is
   * called, so a message opened but then refused (a bad field) leaves no trace.
   */
  open(packed: meow.IPackedUserMessage): { message: meow.UserMessage; accept: () => void } {
    const from = this.state;
    const opened = openUserMessage(packed, this.channel, from);
    const accept = (): void => {
      // Accepting after another message moved the state would silently drop that step.
      if (this.state !== from) throw new AppError('INTERNAL', 'session moved since this open');
      this.state = opened.ratchet;
      this.received = true;
      this.dirty = true;
    };
    return { message: opened.message, accept };
  }

  /**
   * Continues on another session of the same relationship (a session reset the contact sent,
   * reset.ts): later messages open from its state, and `peer()` is built on it.
   */
  restart(next: Peer): void {
    this.base = next;
    this.state = ratchetOf(next);
    this.dirty = true;
  }

  /** The relationship's fields as amended so far, without serializing the ratchet. */
  get fields(): Readonly<Peer> {
    return this.base;
  }

  /** Changes fields of the relationship (not the ratchet), stored with it by `peer()`. */
  amend(
    patch: Partial<
      Pick<Peer, 'contactLookupKey' | 'contactSendToken' | 'previousLookup' | 'expiry'>
    >,
  ): void {
    this.base = { ...this.base, ...patch };
    // The contact moved its queue: what this session seals from now on goes there.
    if (patch.contactLookupKey !== undefined) this.channel = channelFor(this.base);
    this.dirty = true;
  }

  /** Seals one message; the state moves on at once (the key is spent). */
  seal(message: meow.IUserMessage): meow.PackedUserMessage {
    const sealed = sealUserMessage(message, this.channel, this.state);
    this.state = sealed.ratchet;
    this.dirty = true;
    return sealed.packed;
  }

  /** The Peer as of now; like openFromPeer, a received message finalizes the answerer. */
  peer(): Peer {
    const next = advanced(this.base, this.state, this.options);
    if (this.received && next.invitationStep === 'answered') next.invitationStep = 'finalized';
    return next;
  }
}

function ratchetOf(peer: Peer): RatchetState {
  if (peer.drStateJson === null) {
    throw new AppError('PEER_NOT_READY', 'no ratchet session with this peer yet');
  }
  return parseRatchetState(peer.drStateJson);
}

function advanced(peer: Peer, state: RatchetState, options: SessionOptions): Peer {
  return {
    ...peer,
    drStateJson: serializeRatchetState(state),
    updatedAt: options.now ?? Date.now(),
  };
}
