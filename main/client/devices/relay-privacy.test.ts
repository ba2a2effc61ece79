/**
 * The relay's view of one user (issue 14, PROTOCOL.md §7 "What still links your queues"):
 * Alice on a desktop and a laptop, with two contacts, Bob and Carol, all behind a tap that
 * opens every request with the relay's key. What may link two of Alice's relationships at the
 * relay is only what the docs state; and a chat message, its `msg` sync and a forward of it
 * look the same size.
 */
import { describe, expect, it } from 'vitest';
import { toHex } from '../../../core/crypto';
import { lookupKeyPairFromSecret } from '../../../core/lookup';
import { fromB64 } from '../b64';
import type { Peer } from '../model';
import { connect, type Side } from '../engine/test-helpers';
import type { TappedRequest } from '../engine/testing/relay-tap';
import { tappedWorld } from '../engine/testing/tapped-world';
import { holdsPeer, pairDevices, reachesState } from './testing/devices';
import { exchange } from './testing/trio';

const world = tappedWorld();
const side = (name: string): Promise<Side> => world.side(name);

/** Every queue address of one relationship as seen from one side: ours (all) and theirs. */
function queuesOf(peer: Peer): string[] {
  const own = [peer.myLookupSecret, peer.previousLookup?.secret].flatMap((secret) =>
    secret ? [toHex(lookupKeyPairFromSecret(fromB64(secret, 'secret')).lookupKey)] : [],
  );
  const theirs = peer.contactLookupKey ? [toHex(fromB64(peer.contactLookupKey, 'key'))] : [];
  return [...own, ...theirs];
}

/** Queue address (hex) → the relationship it belongs to. */
async function relationships(alice: Side): Promise<Map<string, string>> {
  const owner = new Map<string, string>();
  const peers = await alice.profile.peers.listPeers();
  const devices = await alice.profile.devices.listPeers();
  for (const peer of [...peers, ...devices]) {
    for (const key of queuesOf(peer)) owner.set(key, `${peer.type}:${peer.name}`);
  }
  return owner;
}

function queuesTouched(request: TappedRequest): string[] {
  const r = request.request;
  return [
    ...r.messages.map((m) => m.destination),
    ...r.pullRequests.map((p) => p.lookupKey),
    ...r.acks.map((a) => a.lookupKey),
  ].map((key) => toHex(key ?? new Uint8Array(0)));
}

function relationshipsTouched(request: TappedRequest, owner: Map<string, string>): Set<string> {
  return new Set(queuesTouched(request).flatMap((key) => owner.get(key) ?? []));
}

/**
 * Alice (desktop + laptop), Bob and Carol, with a few messages each way; `separatePolls` turns
 * Alice's privacy option on for both devices before the messages. `since`: the first tapped
 * request after set-up.
 */
async function aliceWithTwoContacts(separatePolls = false) {
  const desktop = await side('Alice');
  const bob = await side('Bob');
  const carol = await side('Carol');
  const [bobAtAlice, aliceAtBob] = await connect(desktop, bob, 'Bob');
  const [carolAtAlice, aliceAtCarol] = await connect(desktop, carol, 'Carol');
  const laptop = await side('joining');
  await pairDevices(desktop, laptop);
  await holdsPeer(laptop, bobAtAlice);
  await holdsPeer(laptop, carolAtAlice);
  if (separatePolls) {
    await desktop.engine.updateSettings({ separatePolls });
    await laptop.engine.updateSettings({ separatePolls });
  }
  const since = world.requests.length;
  await exchange(desktop, bobAtAlice, bob, 'hello Bob');
  await exchange(laptop, carolAtAlice, carol, 'hello Carol, from the laptop');
  await exchange(bob, aliceAtBob, desktop, 'hi Alice');
  await exchange(carol, aliceAtCarol, laptop, 'hi Alice, from Carol');
  return { desktop, laptop, bob, carol, bobAtAlice, carolAtAlice, since };
}

describe("the relay's view of one user", () => {
  it('signs every request with a key of its own', async () => {
    await aliceWithTwoContacts();
    const requests = world.requests;
    expect(requests.length).toBeGreaterThan(20);
    const keys = new Set(requests.map((r) => toHex(r.from)));
    expect(keys.size).toBe(requests.length);
  });

  it('links two relationships only in the shared long-poll of one device', async () => {
    const { desktop } = await aliceWithTwoContacts();
    const owner = await relationships(desktop);
    expect(new Set(owner.values()).size).toBe(3); // Bob, Carol, the laptop
    const linking = world.requests.filter((r) => relationshipsTouched(r, owner).size > 1);
    // What docs/PROTOCOL.md §7 states: a device's one long-poll lists all of its queues (and
    // acks them together). Nothing else — no push, no token, no key — spans two relationships.
    expect(linking.length).toBeGreaterThan(0);
    for (const r of linking) {
      expect(r.request.messages).toHaveLength(0);
      expect(r.request.invitation).toBeFalsy();
    }
    const single = world.requests.filter((r) => relationshipsTouched(r, owner).size === 1);
    const seenIn = new Map<string, Set<string>>();
    for (const r of single) {
      const [label] = [...relationshipsTouched(r, owner)];
      const values = [
        r.from,
        ...r.request.messages.flatMap((m) => [m.sendToken]),
        ...r.request.pullRequests.map((p) => p.pullToken),
        ...r.request.acks.map((a) => a.pullToken),
      ].map((v) => toHex(v ?? new Uint8Array(0)));
      for (const v of values) seenIn.set(v, (seenIn.get(v) ?? new Set()).add(label ?? ''));
    }
    const shared = [...seenIn.values()].filter((labels) => labels.size > 1);
    expect(shared).toEqual([]);
  });
});

/** The relay-visible sizes of what was pushed to `queue` in tapped requests from `start` on. */
function pushedTo(queue: string, start: number): number[] {
  return world.requests
    .slice(start)
    .flatMap((r) =>
      r.request.messages.flatMap((m, i) =>
        toHex(m.destination ?? new Uint8Array(0)) === queue ? [r.pushSizes[i] ?? -1] : [],
      ),
    );
}

async function contactQueue(at: Side, uid: string, devices = false): Promise<string> {
  const store = devices ? at.profile.devices : at.profile.peers;
  const key = (await store.getPeer(uid))?.contactLookupKey;
  if (!key) throw new Error(`no queue for ${uid}`);
  return toHex(fromB64(key, 'key'));
}

describe("the relay's view with separate polls", () => {
  it("no request touches two of Alice's relationships", async () => {
    const { desktop, since } = await aliceWithTwoContacts(true);
    const owner = await relationships(desktop);
    const after = world.requests.slice(since);
    expect(after.length).toBeGreaterThan(10);
    const linking = after.filter((r) => relationshipsTouched(r, owner).size > 1);
    expect(linking).toEqual([]);
  });
});

describe('sizes the relay sees', () => {
  it('a chat message, its msg sync and a forward of it are the same size', async () => {
    const { desktop, laptop, bob, bobAtAlice } = await aliceWithTwoContacts();
    const laptopAtDesktop = (await desktop.profile.devices.listPeers())[0]?.uid ?? '';
    const desktopAtLaptop = (await laptop.profile.devices.listPeers())[0]?.uid ?? '';
    const bobQueue = await contactQueue(desktop, bobAtAlice);
    const laptopQueue = await contactQueue(desktop, laptopAtDesktop, true);
    const desktopQueue = await contactQueue(laptop, desktopAtLaptop, true);
    for (const [i, length] of [1, 120, 250, 300, 700, 1500, 2100, 3000, 4096].entries()) {
      const text = (n: string) => `${i}${n}`.padEnd(length, 'x');
      let start = world.requests.length;
      const uuid = await exchange(desktop, bobAtAlice, bob, text('d'));
      await reachesState(laptop, bobAtAlice, uuid, 'delivered');
      const [chat] = pushedTo(bobQueue, start);
      expect(Math.max(...pushedTo(laptopQueue, start)), `msg sync, ${length} bytes`).toBe(chat);

      start = world.requests.length;
      await exchange(laptop, bobAtAlice, bob, text('l'));
      const [forwarded] = pushedTo(bobQueue, start);
      expect(forwarded, `chat via the primary, ${length} bytes`).toBe(chat);
      expect(Math.max(...pushedTo(desktopQueue, start)), `forward, ${length} bytes`).toBe(chat);
    }
  });
});
