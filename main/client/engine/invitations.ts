/** Invitation helpers of the engine: the shortcode store and accepting (PROTOCOL.md §9). */
import type { meow } from '../../../proto';
import { AppError } from '../../../core/errors';
import type { PendingPairing, Peer, PeerType, ServerRef } from '../model';
import {
  acceptInvitation,
  decodeInvitationText,
  generateInvitationPassword,
  openInvitationFromShortcode,
  sealInvitationAnswer,
  sealInvitationForShortcode,
  shortcodeRelayPassword,
} from '../peers';
import { storeOf, type EngineContext } from './context';
import { queueSealed } from './outbound';

export type AcceptInput =
  | { readonly text: string }
  | { readonly shortcode: string; readonly password: string; readonly server: ServerRef };

/** A card parked at a relay under a short code (what `parkCard` returns). */
export interface ParkedCard {
  readonly shortcode: string;
  readonly password: string;
  /** The relay's expiry (relay clock, ms). */
  readonly expiresAt: number;
  readonly server: ServerRef;
  /** Deletes it before it expires (relay DELETE); as secret as the password. */
  readonly deleteToken: Uint8Array;
}

/** Stores the password-sealed card at the first relay; the relay sees neither card nor password. */
export async function parkCard(
  ctx: EngineContext,
  card: meow.IContactCard,
  expirySeconds: number,
): Promise<ParkedCard> {
  const server = ctx.profile.servers[0];
  if (!server) throw new AppError('INVALID_ARGUMENT', 'add a relay first');
  const password = generateInvitationPassword();
  const { payload } = sealInvitationForShortcode(card, password);
  const created = await ctx.relays.client(server).createInvitation({
    payload,
    password: shortcodeRelayPassword(password),
    timeoutSeconds: expirySeconds,
  });
  const { shortcode, expiry: expiresAt, deleteToken } = created;
  return { shortcode, password, expiresAt, server, deleteToken };
}

/** The card an invitation names: the decoded text, or fetched from a relay and opened. */
export async function invitationCard(
  ctx: EngineContext,
  input: AcceptInput,
): Promise<meow.ContactCard> {
  if ('text' in input) return decodeInvitationText(input.text);
  const fetched = await ctx.relays
    .client(input.server)
    .getInvitation(input.shortcode, shortcodeRelayPassword(input.password));
  return openInvitationFromShortcode(fetched.payload, input.password);
}

/** A contact invitation used to pair a device (or the reverse) would land in the wrong store. */
export function requireCardType(card: meow.ContactCard, type: PeerType): void {
  if (card.type === type) return;
  const what = card.type === 'device' ? 'a device pairing code' : 'a contact invitation';
  throw new AppError('INVITATION_BAD_CARD', `this is ${what}, not a ${type} invitation`);
}

export interface AcceptAs {
  /** A contact invitation, or a device pairing QR (MULTI_DEVICE_SPEC phase 1). */
  readonly type: PeerType;
  /** Our name in the answer; default: our nickname. */
  readonly myName?: string;
  /** A device pairing started by the user: when it lapses, what to undo (devices/pairing.ts). */
  readonly pairing?: PendingPairing;
  /** More writes that must commit with the answer's job (the contact's sync to siblings). */
  readonly also?: (peer: Peer) => void;
}

export async function acceptInvitationInto(
  ctx: EngineContext,
  input: AcceptInput,
  as: AcceptAs = { type: 'peer' },
): Promise<Peer> {
  return answerInvitation(ctx, await invitationCard(ctx, input), as);
}

/**
 * Accepts, stores the Peer and queues the sealed answer ONCE (job + peer; the answer is not a
 * ratchet message, so storing the peer first cannot burn a key, and a crash before the job is
 * queued leaves an 'answered' peer the user can see and re-invite). A new device adopts the
 * pairing card's relays before it calls this (devices/pairing-join.ts).
 */
export async function answerInvitation(
  ctx: EngineContext,
  card: meow.ContactCard,
  as: AcceptAs,
): Promise<Peer> {
  requireCardType(card, as.type);
  const servers = ctx.profile.servers;
  if (servers.length === 0) throw new AppError('INVALID_ARGUMENT', 'add a relay first');
  const accepted = acceptInvitation(card, {
    myName: as.myName ?? ctx.profile.profile.nickname,
    myPullServers: [...servers],
    now: ctx.now(),
    deviceUid: ctx.profile.data.deviceUid,
  });
  const { answer } = accepted;
  const peer: Peer = as.pairing ? { ...accepted.peer, pairing: as.pairing } : accepted.peer;
  const packed = sealInvitationAnswer(peer, answer);
  await storeOf(ctx, peer).storePeer(peer.uid, peer);
  const also = as.also;
  const options = also
    ? {
        also: () => {
          also(peer);
        },
      }
    : {};
  queueSealed(ctx, peer, packed, { kind: 'answer', ...options }, '');
  return peer;
}
