/**
 * The joining device's answer to a pairing (QR text or typed short code). A failure anywhere
 * leaves the profile as it was: nothing is stored before the card is in hand and checked, and
 * relays adopted for this join are removed again if answering fails.
 */
import { AppError } from '../../../core/errors';
import type { meow } from '../../../proto';
import type { Peer } from '../model';
import { serverRefOf } from '../peers/codec';
import type { EngineContext } from '../engine/context';
import { answerInvitation, requireCardType, type AcceptInput } from '../engine/invitations';
import { removeUnusedRelays } from './pairing';
import { pairingCardOf } from './pairing-shortcode';

export interface JoinOptions {
  /** Our name as the existing device shows it. */
  readonly myName?: string;
  /** When this device gives up waiting for the confirmation (its own clock). */
  readonly expiresAt: number;
}

export async function joinPairing(
  ctx: EngineContext,
  input: AcceptInput,
  options: JoinOptions,
): Promise<Peer> {
  const card = await pairingCardOf(ctx, input);
  requireCardType(card, 'device');
  const known = await ctx.profile.devices.getPeer(card.deviceUid);
  if (card.deviceUid === ctx.profile.data.deviceUid) {
    throw new AppError('INVITATION_BAD_CARD', 'this pairing code was made on this device');
  }
  if (known?.invitationStep === 'finalized') {
    throw new AppError('INVALID_ARGUMENT', 'this device is already paired with that one');
  }
  const adopted = await adoptRelays(ctx, card);
  // Joining the same device again replaces the waiting pairing: keep what it must undo.
  const addedServers = [...new Set([...(known?.pairing?.addedServers ?? []), ...adopted])];
  const pairing = {
    expiresAt: options.expiresAt,
    ...(addedServers.length > 0 ? { addedServers } : {}),
  };
  try {
    const joined = await answerInvitation(ctx, card, {
      type: 'device',
      pairing,
      ...(options.myName === undefined ? {} : { myName: options.myName }),
    });
    // The UI lists the profile's relays: these are now among them.
    for (const url of adopted) ctx.events.emit('server.added', { url });
    return joined;
  } catch (err) {
    await removeUnusedRelays(ctx, adopted);
    throw err;
  }
}

/** A profile without relays (a new device) takes the card's: they are its own user's relays. */
async function adoptRelays(ctx: EngineContext, card: meow.ContactCard): Promise<string[]> {
  if (ctx.profile.servers.length > 0) return [];
  const added: string[] = [];
  for (const server of card.pullServers) {
    const ref = serverRefOf(server);
    await ctx.profile.addServer(ref);
    added.push(ref.url);
  }
  return added;
}
