import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startInProcessRelay } from '../../testkit/relay-inprocess';
import { makeTempDir, type TempDir } from '../../testkit/tmp';
import { CHEAP_ARGON, PASSWORD } from '../client/engine/test-helpers';
import type { ApiEventName, ApiEvents, CommandArgs, CommandName, CommandResults } from './contract';
import { createDispatcher } from './dispatcher';
import { ApiSession } from './session';
import { messageViewSchema, peerViewSchema } from './view-schemas';

let dir: TempDir | undefined;
const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const fn of cleanups.splice(0).reverse()) await fn();
  await dir?.cleanup();
});

interface Party {
  readonly session: ApiSession;
  call<C extends CommandName>(command: C, args: CommandArgs<C>): Promise<CommandResults[C]>;
}

async function party(name: string, relayUrl: string, root: string): Promise<Party> {
  const session = new ApiSession(join(root, name), {
    argon: CHEAP_ARGON,
    defaultRelayUrl: relayUrl,
  });
  cleanups.push(() => session.close());
  await session.create(name, PASSWORD);
  const dispatch = createDispatcher(session);
  return {
    session,
    async call(command, args) {
      const response = await dispatch(command, args);
      if (!response.ok) throw new Error(`${command}: ${response.error.code}`);
      return response.result as CommandResults[typeof command];
    },
  };
}

/** The next event `name` of the session that matches. */
function next<E extends ApiEventName>(
  session: ApiSession,
  name: E,
  match: (payload: ApiEvents[E]) => boolean,
): Promise<ApiEvents[E]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      off();
      reject(new Error(`no ${name} within 30 s`));
    }, 30_000);
    const off = session.events.on(name, (payload) => {
      if (!match(payload)) return;
      clearTimeout(timer);
      off();
      resolve(payload);
    });
  });
}

async function listed(p: Party, peerUid: string, uuid: string) {
  const page = await p.call('messages.list', { peerUid, limit: 200 });
  return page.messages.find((m) => m.uuid === uuid) ?? null;
}

async function listedPeer(p: Party, peerUid: string) {
  return (await p.call('peers.list', {})).find((v) => v.uid === peerUid) ?? null;
}

describe('events about a message or a contact carry its listed views', () => {
  it('exactly what messages.list and peers.list return, through receive, read and delete', async () => {
    dir = await makeTempDir('meow-event-views-');
    const relay = await startInProcessRelay();
    cleanups.push(() => relay.close());
    const alice = await party('Alice', relay.url, dir.path);
    const bob = await party('Bob', relay.url, dir.path);

    const invitation = await alice.call('invitations.create', { name: 'Bob' });
    const bobAtAlice = invitation.peerUid;
    const finalized = next(alice.session, 'invitation.finalized', (e) => e.peerUid === bobAtAlice);
    const { peerUid: aliceAtBob } = await bob.call('invitations.accept', { text: invitation.text });
    const contact = await finalized;
    expect(contact.peer?.step).toBe('finalized');
    expect(contact.peer).toEqual(await listedPeer(alice, bobAtAlice));

    // Bob receives: the event holds the row and the conversation as Bob's lists show them.
    const received = next(bob.session, 'message.received', (e) => e.text === 'hello');
    const { uuid } = await alice.call('messages.send', { peerUid: bobAtAlice, text: 'hello' });
    const got = await received;
    expect(got.message).toMatchObject({ uuid, text: 'hello', state: 'received', outbound: false });
    expect(got.message).toEqual(await listed(bob, aliceAtBob, uuid));
    expect(got.peer).toMatchObject({ uid: aliceAtBob, unread: 1 });
    expect(got.peer).toEqual(await listedPeer(bob, aliceAtBob));
    messageViewSchema.parse(got.message);
    peerViewSchema.parse(got.peer);

    // Bob reads it: the answer drops his unread count; Alice's event shows her row as read.
    const aliceRead = next(alice.session, 'message.statusChanged', (e) => e.state === 'read');
    const mine = await bob.call('messages.markRead', { peerUid: aliceAtBob, uuid });
    expect(mine).toMatchObject({ unread: 0 });
    expect(mine).toEqual(await listedPeer(bob, aliceAtBob));
    const theirs = await aliceRead;
    expect(theirs.message).toMatchObject({ uuid, state: 'read', outbound: true });
    expect(theirs.message).toEqual(await listed(alice, bobAtAlice, uuid));
    expect(theirs.peer).toEqual(await listedPeer(alice, bobAtAlice));
    peerViewSchema.parse(theirs.peer);

    // Deleted for Bob only: no longer listed, and the event says so.
    const updated = next(bob.session, 'message.updated', (e) => e.uuid === uuid);
    await bob.call('messages.delete', { peerUid: aliceAtBob, uuid, forEveryone: false });
    const gone = await updated;
    expect(gone.message).toBeNull();
    expect(await listed(bob, aliceAtBob, uuid)).toBeNull();
    expect(gone.peer).toEqual(await listedPeer(bob, aliceAtBob));
  });

  it('a renamed contact comes with its new row; a lock drops what has not left yet', async () => {
    dir = await makeTempDir('meow-event-views-');
    const relay = await startInProcessRelay();
    cleanups.push(() => relay.close());
    const alice = await party('Alice', relay.url, dir.path);
    const { peerUid } = await alice.call('invitations.create', { name: 'Bob' });
    const renamed = next(alice.session, 'peer.updated', (e) => e.peerUid === peerUid);
    await alice.call('peers.update', { peerUid, name: 'Bobby' });
    const view = (await renamed).peer;
    expect(view).toMatchObject({ uid: peerUid, name: 'Bobby', step: 'offered' });
    expect(view).toEqual(await listedPeer(alice, peerUid));

    // Locked right after a change: what has not left is dropped, never read from closed stores.
    const errors: unknown[] = [];
    alice.session.events.on('error', (e) => errors.push(e));
    await alice.call('peers.update', { peerUid, name: 'Robert' });
    await alice.session.lock();
    await new Promise((resolve) => setImmediate(resolve));
    expect(errors).toEqual([]);
  });
});
