/** Invitation helpers of the engine: the shortcode store and accepting (PROTOCOL.md §9). */
import type { meow } from '../../../proto';
import { AppError } from '../../../core/errors';
import type { Peer, PeerType, ServerRef } from '../model';
import { serverRefOf } from '../peers/codec';
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

/** Stores the password-sealed card at the first relay; the relay sees neither card nor password. */
export async function createShortcode(
  ctx: EngineContext,
  card: meow.IContactCard,
  expirySeconds: number,
): Promise<{ shortcode: string; password: string; expiresAt: number }> {
  const server = ctx.profile.servers[0];
  if (!server) throw new AppError('INVALID_ARGUMENT', 'add a relay first');
  const password = generateInvitationPassword();
  const { payload } = sealInvitationForShortcode(card, password);
  const created = await ctx.relays.client(server).createInvitation({
    payload,
    password: shortcodeRelayPassword(password),
    timeoutSeconds: expirySeconds,
  });
  return { shortcode: created.shortcode, password, expiresAt: created.expiry };
}

async function cardOf(ctx: EngineContext, input: AcceptInput): Promise<meow.ContactCard> {
  if ('text' in input) return decodeInvitationText(input.text);
  const fetched = await ctx.relays
    .client(input.server)
    .getInvitation(input.shortcode, shortcodeRelayPassword(input.password));
  return openInvitationFromShortcode(fetched.payload, input.password);
}

export interface AcceptAs {
  /** A contact invitation, or a device pairing QR (MULTI_DEVICE_SPEC phase 1). */
  readonly type: PeerType;
  /** Our name in the answer; default: our nickname. */
  readonly myName?: string;
  /** More writes that must commit with the answer's job (the contact's sync to siblings). */
  readonly also?: (peer: Peer) => void;
}

/**
 * Accepts, stores the Peer and queues the sealed answer ONCE (job + peer; the answer is not a
 * ratchet message, so storing the peer first cannot burn a key, and a crash before the job is
 * queued leaves an 'answered' peer the user can see and re-invite). A new device without relays
 * adopts the pairing card's relays: they are its own user's.
 */
export async function acceptInvitationInto(
  ctx: EngineContext,
  input: AcceptInput,
  as: AcceptAs = { type: 'peer' },
): Promise<Peer> {
  const card = await cardOf(ctx, input);
  if (card.type !== as.type) {
    const what = card.type === 'device' ? 'a device pairing code' : 'a contact invitation';
    throw new AppError('INVITATION_BAD_CARD', `this is ${what}, not a ${as.type} invitation`);
  }
  if (as.type === 'device' && ctx.profile.servers.length === 0) {
    for (const server of card.pullServers) await ctx.profile.addServer(serverRefOf(server));
  }
  const servers = ctx.profile.servers;
  if (servers.length === 0) throw new AppError('INVALID_ARGUMENT', 'add a relay first');
  const { peer, answer } = acceptInvitation(card, {
    myName: as.myName ?? ctx.profile.profile.nickname,
    myPullServers: [...servers],
    now: ctx.now(),
    deviceUid: ctx.profile.data.deviceUid,
  });
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
