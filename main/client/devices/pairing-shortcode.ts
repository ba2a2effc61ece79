/**
 * Pairing by typed short code (PROTOCOL.md §9 "Shortcode payload", §10 "Pairing"): besides the
 * QR, the existing device parks its device card at its first relay under a short code, sealed
 * with a password the relay never learns, exactly like a contact invitation. The joining device
 * types code, password and relay; the answer and the confirmation code then work as with the
 * QR. The short code is deleted at the relay when the pairing ends (confirmed, rejected or
 * lapsed); the relay also drops it by itself at the same deadline.
 */
import { AppError, isAppError } from '../../../core/errors';
import type { meow } from '../../../proto';
import { fromB64, toB64 } from '../b64';
import type { Peer, PendingPairing } from '../model';
import { isRelayClientError } from '../relay';
import type { EngineContext } from '../engine/context';
import { invitationCard, parkCard, type AcceptInput } from '../engine/invitations';

export interface ParkedPairing {
  readonly shortcode: string | null;
  readonly password: string | null;
  /** The relay the code is typed with (the first relay, also when parking failed). */
  readonly serverUrl: string;
  /** What the pairing record keeps to delete the code later. */
  readonly record: PendingPairing['shortcode'];
}

/**
 * Parks the card for `lifetimeMs`. A relay that cannot take it (unreachable, busy) costs the
 * typed code only: the QR still works, so the failure is reported, not thrown.
 */
export async function parkPairingCard(
  ctx: EngineContext,
  card: meow.IContactCard,
  lifetimeMs: number,
): Promise<ParkedPairing> {
  const serverUrl = ctx.profile.servers[0]?.url ?? '';
  try {
    const parked = await parkCard(ctx, card, Math.ceil(lifetimeMs / 1000));
    const record = {
      serverUrl: parked.server.url,
      shortcode: parked.shortcode,
      deleteToken: toB64(parked.deleteToken),
    };
    return { shortcode: parked.shortcode, password: parked.password, serverUrl, record };
  } catch (err) {
    if (!isAppError(err) || err.code === 'INVALID_ARGUMENT') throw err;
    ctx.events.emit('error', { where: 'devices.invite', code: err.code });
    return { shortcode: null, password: null, serverUrl, record: undefined };
  }
}

/**
 * The pairing card a joining device was given. The relay answers an unknown, lapsed or
 * wrongly-passworded code alike (so it is no oracle): one sentence covers the three.
 */
export async function pairingCardOf(
  ctx: EngineContext,
  input: AcceptInput,
): Promise<meow.ContactCard> {
  try {
    return await invitationCard(ctx, input);
  } catch (err) {
    if (!isRelayClientError(err, 'RELAY_REJECTED') || err.relayCode !== 'INVITATION_DENIED') {
      throw err;
    }
    throw new AppError(
      'DEVICE_PAIRING_CODE_DENIED',
      'that pairing code has expired, or the code or its password is wrong',
      { cause: err },
    );
  }
}

/** Best effort, in the background: the relay forgets the code now rather than at its deadline. */
export function dropShortcode(ctx: EngineContext, device: Peer): void {
  const parked = device.pairing?.shortcode;
  if (!parked) return;
  const server = ctx.profile.servers.find((s) => s.url === parked.serverUrl);
  if (!server) return;
  ctx.background('devices.shortcode', async () => {
    const token = fromB64(parked.deleteToken, 'delete token');
    try {
      await ctx.relays.client(server).deleteInvitation(parked.shortcode, token);
    } catch (err) {
      // Gone already (deleted before a crash, or lapsed): what we wanted.
      if (!isRelayClientError(err, 'RELAY_REJECTED')) throw err;
    }
  });
}
