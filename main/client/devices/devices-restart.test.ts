/**
 * Restarting any device at any time loses nothing and breaks no ratchet: Alice-desktop,
 * Alice-laptop and Bob write in turns while a seeded random one of them restarts after every
 * round, often with sends, syncs and acks still in flight. In the end every message is on all
 * three, once, in each sender's order, identical on both Alice devices, and all of them still
 * talk.
 */
import { afterEach, expect, it } from 'vitest';
import { mulberry32 } from '../../../testkit/prng';
import { startRelayProcess, type RelayProcess } from '../../../testkit/relay-process';
import { RelayClient } from '../relay';
import { closeSide, makeSide, restartSide, waitForEvents, type Side } from '../engine/test-helpers';
import { conversation, holdsPeer, pairDevices, waitUntil } from './testing/devices';

const SEED = Number(process.env.MEOW_RESTART_SEED ?? 0x5eed);
const ROUNDS = 8;
const PER_ROUND = 3;

let relay: RelayProcess | undefined;
const sides: Side[] = [];

afterEach(async () => {
  for (const side of sides.splice(0)) await closeSide(side);
  await relay?.stop();
});

it(`loses nothing when any device restarts at any time (seed ${SEED})`, async () => {
  relay = await startRelayProcess();
  const server = (await RelayClient.add(relay.url)).ref;
  const desktop = await makeSide('Alice', server);
  const bob = await makeSide('Bob', server);
  const laptop = await makeSide('joining', undefined);
  sides.push(desktop, bob, laptop);
  const invitation = await desktop.engine.invite({ name: 'Bob' });
  const finalized = waitForEvents(desktop.engine.events, 'invitation.finalized', () => true);
  const aliceAtBob = await bob.engine.accept({ text: invitation.text });
  await finalized;
  const bobAtAlice = invitation.peerUid;
  await pairDevices(desktop, laptop);
  await holdsPeer(laptop, bobAtAlice);

  const rng = mulberry32(SEED);
  const writers: [Side, string, string][] = [
    [desktop, bobAtAlice, 'desktop'],
    [laptop, bobAtAlice, 'laptop'],
    [bob, aliceAtBob, 'bob'],
  ];
  const sent: string[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const pick = writers[Math.floor(rng() * writers.length)];
    if (!pick) throw new Error('no writer');
    const [writer, to, label] = pick;
    for (let i = 0; i < PER_ROUND; i++) {
      const text = `${label} r${round} m${i}`;
      await writer.engine.sendText(to, text);
      sent.push(text);
    }
    await restartSide(sides[Math.floor(rng() * sides.length)] ?? desktop);
  }

  const fromAlice = sent.filter((t) => !t.startsWith('bob'));
  const fromBob = sent.filter((t) => t.startsWith('bob'));
  const texts = (s: Side, peer: string, dir: '<' | '>') =>
    conversation(s, peer)
      .filter((line) => line.startsWith(dir))
      .map((line) => line.slice(2));
  await waitUntil(() => texts(bob, aliceAtBob, '<').length === fromAlice.length, 60_000);
  for (const alice of [desktop, laptop]) {
    await waitUntil(() => conversation(alice, bobAtAlice).length === sent.length, 60_000);
  }
  // Once each, and in each sender's order (the laptop's pass through the desktop).
  expect(texts(bob, aliceAtBob, '<').filter((t) => t.startsWith('desktop'))).toEqual(
    fromAlice.filter((t) => t.startsWith('desktop')),
  );
  expect(texts(bob, aliceAtBob, '<').filter((t) => t.startsWith('laptop'))).toEqual(
    fromAlice.filter((t) => t.startsWith('laptop')),
  );
  expect(texts(desktop, bobAtAlice, '<')).toEqual(fromBob);
  expect(conversation(laptop, bobAtAlice)).toEqual(conversation(desktop, bobAtAlice));

  // Every ratchet is still in step: each side can still write to each other.
  const last = waitForEvents(bob.engine.events, 'message.received', (e) => e.text === 'final L');
  const back = waitForEvents(laptop.engine.events, 'message.received', (e) => e.text === 'final B');
  await desktop.engine.sendText(bobAtAlice, 'final D');
  await laptop.engine.sendText(bobAtAlice, 'final L');
  await last;
  await bob.engine.sendText(aliceAtBob, 'final B');
  await back;
});
