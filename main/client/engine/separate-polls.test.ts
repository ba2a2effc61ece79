/**
 * Polling on separate connections (the `separatePolls` setting, PROTOCOL.md §7): what the relay
 * sees of Alice's polls of Bob's and Carol's queues, through a tap that opens every request and
 * numbers the client connections. Off (the default): one long-poll lists both. On: one
 * long-poll per contact, each on connections no other contact's requests use (Alice's pushes to
 * that contact go on them too); switching takes
 * effect without a restart, and messages keep flowing both ways.
 */
import { expect, it } from 'vitest';
import { toHex } from '../../../core/crypto';
import { lookupKeyPairFromSecret } from '../../../core/lookup';
import { fromB64 } from '../b64';
import { connect, waitForEvents, type Side } from './test-helpers';
import type { TappedRequest } from './testing/relay-tap';
import { tappedWorld } from './testing/tapped-world';

const world = tappedWorld();
const side = (name: string): Promise<Side> => world.side(name);

async function exchange(from: Side, peerUid: string, to: Side, text: string): Promise<void> {
  const got = waitForEvents(to.engine.events, 'message.received', (e) => e.text === text);
  await from.engine.sendText(peerUid, text);
  await got;
}

/** Alice's own queue addresses (hex), current and previous, → the contact's name. */
async function ownQueues(alice: Side): Promise<Map<string, string>> {
  const owner = new Map<string, string>();
  for (const peer of await alice.profile.peers.listPeers()) {
    for (const secret of [peer.myLookupSecret, peer.previousLookup?.secret]) {
      if (!secret) continue;
      const { lookupKey } = lookupKeyPairFromSecret(fromB64(secret, 'secret'));
      owner.set(toHex(lookupKey), peer.name);
    }
  }
  return owner;
}

/** The contacts' queue addresses (hex) Alice pushes to → the contact's name. */
async function contactQueues(alice: Side): Promise<Map<string, string>> {
  const to = new Map<string, string>();
  for (const peer of await alice.profile.peers.listPeers()) {
    if (peer.contactLookupKey) to.set(toHex(fromB64(peer.contactLookupKey, 'key')), peer.name);
  }
  return to;
}

interface Poll {
  readonly connection: number;
  /** The contacts whose (Alice's) queues the request pulls or acks. */
  readonly contacts: ReadonlySet<string>;
  readonly pull: boolean;
}

/** Alice's pulls and acks (only the queue's owner can make them) since request `start`. */
function alicePolls(owner: Map<string, string>, start: number): Poll[] {
  return world.requests.slice(start).flatMap((r: TappedRequest) => {
    const keys = [...r.request.pullRequests, ...r.request.acks].map((q) =>
      toHex(q.lookupKey ?? new Uint8Array(0)),
    );
    const contacts = new Set(keys.flatMap((k) => owner.get(k) ?? []));
    if (contacts.size === 0) return [];
    return [{ connection: r.connection, contacts, pull: r.request.pullRequests.length > 0 }];
  });
}

/**
 * Requests recorded so far, once the tap has read what was sent before now: updateSettings
 * resolves when the new loops run, but a long-poll the old loop sent just before may still be
 * on its way through the tap.
 */
async function requestsSoFar(): Promise<number> {
  await new Promise((resolve) => setTimeout(resolve, 50));
  return world.requests.length;
}

function connectionsOf(polls: readonly Poll[], contact: string): Set<number> {
  return new Set(polls.filter((p) => p.contacts.has(contact)).map((p) => p.connection));
}

async function talk(alice: Side, bob: Side, carol: Side, uids: string[], round: string) {
  const [bobAtAlice = '', aliceAtBob = '', carolAtAlice = '', aliceAtCarol = ''] = uids;
  await exchange(alice, bobAtAlice, bob, `to Bob ${round}`);
  await exchange(bob, aliceAtBob, alice, `from Bob ${round}`);
  await exchange(alice, carolAtAlice, carol, `to Carol ${round}`);
  await exchange(carol, aliceAtCarol, alice, `from Carol ${round}`);
}

it('polls each contact on its own long-poll and connection once switched on, live', async () => {
  const alice = await side('Alice');
  const bob = await side('Bob');
  const carol = await side('Carol');
  const [bobAtAlice, aliceAtBob] = await connect(alice, bob, 'Bob');
  const [carolAtAlice, aliceAtCarol] = await connect(alice, carol, 'Carol');
  const uids = [bobAtAlice, aliceAtBob, carolAtAlice, aliceAtCarol];
  expect(alice.profile.settings.separatePolls).toBe(false);
  await talk(alice, bob, carol, uids, 'shared');
  const owner = await ownQueues(alice);
  // Off: one long-poll lists both contacts' queues (what PROTOCOL.md §7 says links them).
  expect(alicePolls(owner, 0).some((p) => p.pull && p.contacts.size === 2)).toBe(true);

  await alice.engine.updateSettings({ separatePolls: true });
  const start = await requestsSoFar();
  await talk(alice, bob, carol, uids, 'separate');
  const separate = alicePolls(owner, start);
  for (const name of ['Bob', 'Carol']) {
    expect(separate.some((p) => p.pull && p.contacts.has(name))).toBe(true);
  }
  for (const poll of separate) expect(poll.contacts.size).toBe(1);
  const toBob = connectionsOf(separate, 'Bob');
  const toCarol = connectionsOf(separate, 'Carol');
  expect(toBob.size).toBeGreaterThan(0);
  expect(toCarol.size).toBeGreaterThan(0);
  expect([...toBob].filter((c) => toCarol.has(c))).toEqual([]);
  // What else travels on a contact's connections concerns that contact alone: Alice's pushes
  // to it (her messages and receipts), never another contact's, never an invitation.
  const theirs = await contactQueues(alice);
  const lanes = new Set([...toBob, ...toCarol]);
  const onLanes = world.requests.slice(start).filter((r) => lanes.has(r.connection));
  const pushesOnLanes = onLanes.filter((r) => r.request.messages.length > 0);
  expect(pushesOnLanes.length).toBeGreaterThan(0);
  for (const r of onLanes) {
    const lane = toBob.has(r.connection) ? 'Bob' : 'Carol';
    const to = r.request.messages.map((m) => theirs.get(toHex(m.destination ?? new Uint8Array(0))));
    expect(new Set(to)).toEqual(new Set(to.length > 0 ? [lane] : []));
    expect(r.request.invitation).toBeFalsy();
  }
  // Its settings persist.
  expect(alice.profile.settings.separatePolls).toBe(true);

  await alice.engine.updateSettings({ separatePolls: false });
  const back = await requestsSoFar();
  await talk(alice, bob, carol, uids, 'shared again');
  const shared = alicePolls(owner, back);
  expect(shared.some((p) => p.pull && p.contacts.size === 2)).toBe(true);
  // The contacts' own connections were closed: nothing uses them any more.
  expect(shared.filter((p) => lanes.has(p.connection))).toEqual([]);
});
