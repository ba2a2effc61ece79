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
import type { EngineContext } from './context';
import { acceptInvitationInto } from './invitations';
import { dispatchSync, pairedDevices } from './sync-out';

const PREAPPROVED = 'preapproved.';

/** On D after confirming `newUid`: ask every other sibling to invite it. */
export async function introduceToSiblings(ctx: EngineContext, newUid: string): Promise<void> {
  for (const sibling of await pairedDevices(ctx)) {
    if (sibling.uid === newUid) continue;
    await dispatchSync(ctx, 'device_introduce', { peerUid: newUid }, { onlyDevice: sibling.uid });
  }
}

export async function applyIntroduce(
  ctx: EngineContext,
  fromDevice: string,
  payload: meow.DeviceSyncPayload,
): Promise<object> {
  const target = payload.peerUid;
  if (target === '' || target === ctx.profile.data.deviceUid) {
    throw new AppError('SYNC_BAD_PAYLOAD', 'device_introduce names no other device');
  }
  if (payload.peerData.length === 0) await inviteIntroduced(ctx, fromDevice, target);
  else {
    const card = verifyCard(decodeCard(payload.peerData));
    if (card.type !== 'device') throw new AppError('SYNC_BAD_PAYLOAD', 'not a device card');
    if (card.deviceUid === fromDevice) await passCardOn(ctx, fromDevice, target, payload.peerData);
    else if (card.deviceUid === target) await joinIntroduced(ctx, card);
    else throw new AppError('SYNC_BAD_PAYLOAD', 'device card names another device');
  }
  return {};
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
  ctx.profile.messages.setMeta(PREAPPROVED + offered.uid, new TextEncoder().encode(newUid));
  ctx.wakePoll();
  const card = encodeProto(meow.ContactCard, inviterCard(offered, ctx.profile.data.deviceUid));
  await dispatchSync(
    ctx,
    'device_introduce',
    { peerUid: newUid, peerData: card },
    { onlyDevice: introducer },
  );
}

/** On D: S's card for N goes on to N. */
async function passCardOn(ctx: EngineContext, sibling: string, newUid: string, card: Uint8Array) {
  const peerData = card;
  await dispatchSync(
    ctx,
    'device_introduce',
    { peerUid: sibling, peerData },
    { onlyDevice: newUid },
  );
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
