/**
 * Keeping a user's devices a full mesh (DESIGN.md §5 records this addition to the spec's sync
 * types). Every device must be paired with every other, or a change made on one (a contact
 * invited there, a profile edit, a forward to its contacts) would miss some. When device D
 * confirms a new device N, D introduces N to each sibling S it already has, through channels
 * that are already confirmed, as `device_introduce` syncs:
 *
 *   D → S  {peer_uid: N}                 "invite N"
 *   S → D  {peer_uid: N, peer_data: card} S's device card for N (S pre-approves N's uid)
 *   D → N  {peer_uid: S, peer_data: card}
 *   N answers S's card like a scanned QR; S confirms it without asking the user because the
 *   answer comes from the uid D vouched for. (The user confirmed N on D already.)
 */
import { AppError } from '../../../core/errors';
import { decodeProto, encodeProto } from '../../../core/wire';
import { meow } from '../../../proto';
import { createInvitingPeer, encodeInvitationText, inviterCard, verifyCard } from '../peers';
import type { EngineContext } from '../engine/context';
import { acceptInvitationInto } from '../engine/invitations';
import { pairedDevices, queueSync } from './sync-out';

const PREAPPROVED = 'preapproved.';

/**
 * On D when confirming `newUid`: ask every other sibling to invite it. Records the syncs (call
 * inside the confirmation's transaction); `siblings` as listed before it.
 */
export function queueIntroductions(
  ctx: EngineContext,
  newUid: string,
  siblings: readonly string[],
): void {
  for (const sibling of siblings) {
    if (sibling === newUid) continue;
    queueSync(ctx, 'device_introduce', { peerUid: newUid }, { onlyDevice: sibling });
  }
}

/** Uids of the paired siblings (for queueIntroductions). */
export async function pairedUids(ctx: EngineContext): Promise<string[]> {
  return (await pairedDevices(ctx)).map((d) => d.uid);
}

export async function applyIntroduce(
  ctx: EngineContext,
  fromDevice: string,
  payload: meow.DeviceSyncPayload,
): Promise<Applied> {
  const target = payload.peerUid;
  if (target === '' || target === ctx.profile.data.deviceUid) {
    throw new AppError('SYNC_BAD_PAYLOAD', 'device_introduce names no other device');
  }
  if (payload.peerData.length === 0) {
    await inviteIntroduced(ctx, fromDevice, target);
    return {};
  }
  const card = verifyCard(decodeCard(payload.peerData));
  if (card.type !== 'device') throw new AppError('SYNC_BAD_PAYLOAD', 'not a device card');
  if (card.deviceUid === fromDevice) return passCardOn(ctx, fromDevice, target, payload.peerData);
  if (card.deviceUid !== target) {
    throw new AppError('SYNC_BAD_PAYLOAD', 'device card names another device');
  }
  await joinIntroduced(ctx, card);
  return {};
}

/** What applying a sync does inside the inbox's commit, and after it (sync-in.ts). */
interface Applied {
  readonly commit?: () => [];
  readonly after?: () => Promise<void>;
}

function decodeCard(bytes: Uint8Array): meow.ContactCard {
  try {
    return decodeProto(meow.ContactCard, bytes);
  } catch (cause) {
    throw new AppError('SYNC_BAD_PAYLOAD', 'device_introduce card is not a card', { cause });
  }
}

/** On S: a pairing offer for `newUid`, pre-approved, sent back through the introducer. */
async function inviteIntroduced(ctx: EngineContext, introducer: string, newUid: string) {
  if (await ctx.profile.devices.getPeer(newUid)) return; // paired already
  const offered = createInvitingPeer({
    type: 'device',
    name: '',
    myName: 'Meow device',
    myPullServers: [...ctx.profile.servers],
    now: ctx.now(),
  });
  await ctx.profile.devices.storePeer(offered.uid, offered);
  ctx.wakePoll();
  const card = encodeProto(meow.ContactCard, inviterCard(offered, ctx.profile.data.deviceUid));
  ctx.profile.messages.transaction(() => {
    ctx.profile.messages.setMeta(PREAPPROVED + offered.uid, new TextEncoder().encode(newUid));
    queueSync(
      ctx,
      'device_introduce',
      { peerUid: newUid, peerData: card },
      { onlyDevice: introducer },
    );
  });
  await ctx.syncs.flush();
}

/** On D: S's card for N goes on to N (recorded in the inbox's commit: exactly once). */
function passCardOn(
  ctx: EngineContext,
  sibling: string,
  newUid: string,
  peerData: Uint8Array,
): Applied {
  return {
    commit: () => {
      queueSync(ctx, 'device_introduce', { peerUid: sibling, peerData }, { onlyDevice: newUid });
      return [];
    },
    after: () => ctx.syncs.flush(),
  };
}

/** On N: answer S's card as if its QR had been scanned. */
async function joinIntroduced(ctx: EngineContext, card: meow.ContactCard) {
  if (await ctx.profile.devices.getPeer(card.deviceUid)) return; // paired already
  await acceptInvitationInto(ctx, { text: encodeInvitationText(card) }, { type: 'device' });
  ctx.wakePoll();
}

/** On S, when an answer arrives: was this pairing pre-approved for exactly that device? */
export function takePreapproval(
  ctx: EngineContext,
  offeredUid: string,
  deviceUid: string,
): boolean {
  const raw = ctx.profile.messages.getMeta(PREAPPROVED + offeredUid);
  if (!raw) return false;
  ctx.profile.messages.setMeta(PREAPPROVED + offeredUid, undefined);
  return new TextDecoder().decode(raw) === deviceUid;
}
