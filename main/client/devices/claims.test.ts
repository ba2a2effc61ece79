/**
 * Two siblings claiming the same contact at once (PROTOCOL.md §10 "Two claimants"): each sends
 * a session reset; whatever order they reach the contact in, it keeps the same one, and every
 * sibling ranks the claims the same way (`compareClaims`), so they all name its sender primary.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { encodeProto } from '../../../core/wire';
import { meow } from '../../../proto';
import type { Peer } from '../model';
import {
  acceptInvitation,
  acceptReset,
  createInvitingPeer,
  finalizeInvitation,
  inviterCard,
  openFromPeer,
  openInvitationAnswer,
  sealForPeer,
  sealInvitationAnswer,
  sealReset,
  startReset,
} from '../peers';
import { expectCode, NOW, server } from '../peers/test-fixtures';
import { adoptSyncedPeer, compareClaims } from './synced-peer';

/** Alice (all her devices share this record) and Bob, with a session between them. */
function established(): { alice: Peer; bob: Peer } {
  const inviting = createInvitingPeer({
    type: 'peer',
    name: 'Bob',
    myName: 'Alice',
    myPullServers: [server('a1')],
    now: NOW,
  });
  const accepted = acceptInvitation(inviterCard(inviting), {
    myName: 'Bob',
    myPullServers: [server('b1')],
    now: NOW + 1,
    deviceUid: 'device-b',
  });
  const packed = sealInvitationAnswer(accepted.peer, accepted.answer);
  const bytes = encodeProto(meow.PackedUserMessage, packed);
  const answer = openInvitationAnswer(inviting, meow.PackedUserMessage.decode(bytes));
  return { alice: finalizeInvitation(inviting, answer, { now: NOW + 2 }), bob: accepted.peer };
}

function text(body: string): meow.IUserMessage {
  return { type: 'text', text: body, status: { uuid: randomUUID(), sent: NOW } };
}

/** Bob takes the resets in `order`, refusing those that do not come after the last taken. */
function bobTakes(bob: Peer, resets: meow.PackedUserMessage[]): Peer {
  let peer = bob;
  for (const reset of resets) {
    try {
      peer = acceptReset(peer, reset, NOW + 10_000);
    } catch {
      // refused: an earlier claim than the one Bob holds
    }
  }
  return peer;
}

/** Whether `claimant` can read what Bob writes on the session he holds. */
function reads(claimant: Peer, bob: Peer): boolean {
  try {
    openFromPeer(claimant, sealForPeer(bob, text('hi')).packed);
    return true;
  } catch {
    return false;
  }
}

describe('two siblings claiming a contact at once', () => {
  it.each([
    ['same millisecond', 0],
    ['laptop later', 5],
    ['tablet later', -5],
  ])('the contact and every sibling settle on the same claimant (%s)', (_, skew) => {
    const { alice, bob } = established();
    const laptop = startReset({ ...alice, primaryDeviceUid: '', primaryEpoch: 1 }, NOW + 100);
    const tablet = startReset(
      { ...alice, primaryDeviceUid: '', primaryEpoch: 1 },
      NOW + 100 - skew,
    );
    const [fromLaptop, fromTablet] = [sealReset(laptop), sealReset(tablet)];

    const oneWay = bobTakes(bob, [fromLaptop, fromTablet]);
    const otherWay = bobTakes(bob, [fromTablet, fromLaptop]);
    expect(oneWay.drRootKey).toBe(otherWay.drRootKey);

    const laptopWins = compareClaims(laptop, tablet) > 0;
    const [winner, loser] = laptopWins ? [laptop, tablet] : [tablet, laptop];
    expect(reads(winner, oneWay)).toBe(true);
    expect(reads(loser, oneWay)).toBe(false);

    // Each claimant hears of the other (peer_update, naming its device): the loser yields.
    const wire = (p: Peer, uid: string): Peer => ({ ...p, primaryDeviceUid: uid });
    const [winUid, loseUid] = laptopWins ? ['laptop', 'tablet'] : ['tablet', 'laptop'];
    expect(adoptSyncedPeer(wire(winner, winUid), loser, loseUid).primaryDeviceUid).toBe(winUid);
    expect(adoptSyncedPeer(wire(loser, loseUid), winner, winUid).primaryDeviceUid).toBe('');
    // A third device names the winner whichever update reaches it first.
    const third = { ...alice, primaryDeviceUid: 'desktop' };
    const a = adoptSyncedPeer(wire(loser, loseUid), third, 'phone');
    expect(adoptSyncedPeer(wire(winner, winUid), a, 'phone').primaryDeviceUid).toBe(winUid);
    const b = adoptSyncedPeer(wire(winner, winUid), third, 'phone');
    expect(adoptSyncedPeer(wire(loser, loseUid), b, 'phone').primaryDeviceUid).toBe(winUid);
  });

  it('a claim always comes after the last one, even from a device whose clock is behind', () => {
    const { alice, bob } = established();
    const first = startReset(alice, NOW + 60_000);
    const later = startReset({ ...first, resetPending: undefined }, NOW); // clock a minute behind
    expect(later.claim?.at).toBe(NOW + 60_001);
    const taken = bobTakes(bob, [sealReset(first), sealReset(later)]);
    expect(reads(later, taken)).toBe(true);
  });

  it('refuses a replayed reset, and one from before the last taken', () => {
    const { alice, bob } = established();
    const older = startReset(alice, NOW + 100);
    const newer = startReset(alice, NOW + 200);
    const taken = acceptReset(bob, sealReset(newer), NOW + 10_000);
    expectCode(() => acceptReset(taken, sealReset(newer), NOW + 10_000), 'RATCHET_BAD_STATE');
    expectCode(() => acceptReset(taken, sealReset(older), NOW + 10_000), 'RATCHET_BAD_STATE');
  });
});
