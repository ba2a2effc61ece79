/** Creating an invitation (DESIGN.md §4): the inviting contact, its card, maybe a shortcode. */
import { AppError } from '../../../core/errors';
import { toB64 } from '../b64';
import { aroundChange } from '../devices';
import type { Peer } from '../model';
import { createInvitingPeer, encodeInvitationText, inviterCard } from '../peers';
import type { EngineContext } from './context';
import { parkCard } from './invitations';

export interface InviteInput {
  readonly name: string;
  readonly viaShortcode?: { readonly expirySeconds: number };
}

export interface InviteResult {
  readonly peerUid: string;
  readonly text: string;
  readonly shortcode?: string;
  readonly password?: string;
  readonly expiresAt?: number;
}

/** Creates an invitation (pasted text, and optionally a relay shortcode). */
export async function createInvitation(
  ctx: EngineContext,
  input: InviteInput,
): Promise<InviteResult> {
  const servers = ctx.profile.servers;
  if (servers.length === 0) throw new AppError('INVALID_ARGUMENT', 'add a relay first');
  const peer = createInvitingPeer({
    type: 'peer',
    name: input.name,
    myName: ctx.profile.profile.nickname,
    myPullServers: [...servers],
    now: ctx.now(),
  });
  const card = inviterCard(peer);
  // Parked first: a relay that cannot take it leaves no invitation behind, and the contact
  // keeps what deletes the shortcode when the invitation is cancelled (contacts.ts).
  const expiry = input.viaShortcode?.expirySeconds;
  const parked = expiry === undefined ? undefined : await parkCard(ctx, card, expiry);
  const stored: Peer = parked
    ? {
        ...peer,
        invitationShortcode: {
          serverUrl: parked.server.url,
          shortcode: parked.shortcode,
          deleteToken: toB64(parked.deleteToken),
        },
      }
    : peer;
  await aroundChange(ctx, { kind: 'peer', ref: peer.uid }, async () => {
    await ctx.profile.peers.storePeer(peer.uid, stored);
    ctx.events.emit('peer.added', { peerUid: peer.uid, name: peer.name });
    ctx.wakePoll();
  });
  const text = encodeInvitationText(card);
  if (!parked) return { peerUid: peer.uid, text };
  const { shortcode, password, expiresAt } = parked;
  return { peerUid: peer.uid, text, shortcode, password, expiresAt };
}
