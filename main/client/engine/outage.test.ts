/**
 * Relay outages: messages wait in the outbox ('pending') and leave in the order they were
 * written once the relay returns; a relay that is down holds back only the contacts that need
 * it.
 */
import { afterEach, expect, it } from 'vitest';
import { startRelayProcess, type RelayProcess } from '../../../testkit/relay-process';
import { RelayClient } from '../relay';
import { connect, closeSide, makeSide, waitForEvents, type Side } from './test-helpers';

const relays: RelayProcess[] = [];
const sides: Side[] = [];

afterEach(async () => {
  for (const side of sides.splice(0)) await closeSide(side);
  for (const relay of relays.splice(0)) await relay.stop();
});

async function relay() {
  const process = await startRelayProcess();
  relays.push(process);
  return { process, server: (await RelayClient.add(process.url)).ref };
}

async function side(name: string, r: Awaited<ReturnType<typeof relay>>): Promise<Side> {
  const s = await makeSide(name, r.server);
  sides.push(s);
  return s;
}

function inbound(s: Side, peerUid: string): string[] {
  const page = s.engine.listMessages(peerUid, { limit: 100 });
  return page.messages
    .filter((m) => !m.outbound)
    .map((m) => m.message.text)
    .reverse();
}

it('keeps messages pending while the relay is down and delivers them in order when it returns', async () => {
  const r = await relay();
  const alice = await side('Alice', r);
  const bob = await side('Bob', r);
  const [bobAtAlice, aliceAtBob] = await connect(alice, bob);
  await r.process.kill();
  const backoff = waitForEvents(
    alice.engine.events,
    'worker.state',
    (e) => e.worker === 'send' && e.state === 'backoff',
  );
  await alice.engine.sendText(bobAtAlice, 'first, while down');
  await backoff;
  // Written while the first one waits out its backoff: it must not overtake it.
  const last = await alice.engine.sendText(bobAtAlice, 'second, while down');
  const states = alice.engine.listMessages(bobAtAlice, { limit: 10 }).messages;
  expect(states.map((m) => m.state)).toEqual(['pending', 'pending']);
  const delivered = waitForEvents(
    alice.engine.events,
    'message.statusChanged',
    (e) => e.uuid === last && e.state === 'delivered',
  );
  await r.process.restart();
  await delivered;
  expect(inbound(bob, aliceAtBob)).toEqual(['first, while down', 'second, while down']);
});

it('holds back only the contacts whose relay is down', async () => {
  const down = await relay();
  const up = await relay();
  const alice = await side('Alice', up);
  const bob = await side('Bob', down);
  const carol = await side('Carol', up);
  const [aliceAtBob, bobAtAlice] = await connect(bob, alice);
  const [carolAtAlice, aliceAtCarol] = await connect(alice, carol);
  await down.process.kill();
  const backoff = waitForEvents(
    alice.engine.events,
    'worker.state',
    (e) => e.worker === 'send' && e.state === 'backoff' && e.server === down.process.url,
  );
  const toBob = await alice.engine.sendText(bobAtAlice, 'to Bob, whose relay is down');
  await backoff;
  const carolGets = waitForEvents(carol.engine.events, 'message.received', () => true);
  await alice.engine.sendText(carolAtAlice, 'to Carol');
  expect((await carolGets)[0]?.text).toBe('to Carol');
  expect(alice.profile.messages.getMessage(bobAtAlice, toBob)?.state).toBe('pending');

  const bobGets = waitForEvents(bob.engine.events, 'message.received', () => true);
  await down.process.restart();
  expect((await bobGets)[0]?.peerUid).toBe(aliceAtBob);
  expect(inbound(carol, aliceAtCarol)).toEqual(['to Carol']);
});

it('says which relay it cannot reach, since when, and that it is back as soon as it answers', async () => {
  const r = await relay();
  const alice = await side('Alice', r);
  const bob = await side('Bob', r);
  const [bobAtAlice] = await connect(alice, bob);
  const url = r.process.url;
  expect(alice.engine.relayHealth.list()).toEqual([{ url, state: 'ok', code: '', since: 0 }]);

  const down = waitForEvents(alice.engine.events, 'worker.state', (e) => e.state === 'backoff');
  const killedAt = Date.now();
  await r.process.kill();
  const uuid = await alice.engine.sendText(bobAtAlice, 'written while the relay is down');
  await down;
  const [entry] = alice.engine.relayHealth.list();
  expect(entry).toMatchObject({ url, state: 'unreachable', code: 'RELAY_UNAVAILABLE' });
  expect(entry?.since).toBeGreaterThanOrEqual(killedAt);

  // Back: the poll loop's next try is a pull the relay answers at once (no long-poll to wait out).
  const back = waitForEvents(
    alice.engine.events,
    'worker.state',
    (e) => e.worker === 'poll' && e.state === 'running',
  );
  const sent = waitForEvents(
    alice.engine.events,
    'message.statusChanged',
    (e) => e.uuid === uuid && e.state === 'sent',
  );
  await r.process.restart();
  await Promise.all([back, sent]);
  expect(alice.engine.relayHealth.list()).toEqual([{ url, state: 'ok', code: '', since: 0 }]);
});
