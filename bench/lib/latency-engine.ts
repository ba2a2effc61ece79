/**
 * The engine measurements of bench/latency.bench.ts, over two real engines (Party) and a real
 * relay process: one send → stored-at-receiver latency sample, and the backlog consume rate.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { profileSpan } from './drain-profile';
import { type BenchParty, LocalParty } from './bench-party';
import { chatText, type Party, when } from './latency-party';

const ignore = (): undefined => undefined;

export interface Link {
  readonly alice: Party;
  readonly bob: Party;
  readonly bobAtAlice: string;
  readonly aliceAtBob: string;
}

/** Alice and Bob connected, wherever their engines run (bench-party.ts). */
export interface SampleLink {
  readonly alice: BenchParty;
  readonly bob: BenchParty;
  readonly bobAtAlice: string;
  readonly aliceAtBob: string;
}

/** `link` behind the BenchParty interface (disposing it stays with the caller). */
export function sampleLink(link: Link): SampleLink {
  return { ...link, alice: new LocalParty(link.alice), bob: new LocalParty(link.bob) };
}

/**
 * One message Alice → Bob, in ms from the sendText call to Bob's message.received (emitted once
 * the message is committed; on disk a moment later, before the ratchet write and the acks). Returns only after Bob's delivery ack came
 * back to Alice, so both engines are idle again; `gapMs` of idle first lets Bob's next
 * long-poll be held by the relay, as it is between the messages of a real conversation.
 */
export async function engineSample(
  link: SampleLink,
  text: string,
  gapMs: number,
  timeoutMs: number,
): Promise<number> {
  await sleep(gapMs);
  const { alice, bob, bobAtAlice } = link;
  const [received, delivered] = await Promise.all([
    bob.arm('message.received', { text }, timeoutMs),
    alice.arm('message.statusChanged', { peerUid: bobAtAlice, state: 'delivered' }, timeoutMs),
  ]);
  const started = await alice.sendText(bobAtAlice, text);
  await delivered.hit; // the last of the two (Bob's ack came back)
  return (await received.hit).at - started;
}

export interface BacklogResult {
  /** Alice: from the first sendText to the last job accepted by the relay. */
  readonly fillMs: number;
  /** Bob: Profile.unlock + new Engine + start. */
  readonly reopenMs: number;
  /** Bob: from Profile.unlock to the last message.received. */
  readonly consumeMs: number;
  /**
   * CPU time (user + system) of this process over the same span: Bob's receive path alone
   * (Alice's engine is stopped, the relay is another process), which load barely changes.
   */
  readonly consumeCpuMs: number;
}

/**
 * Bob quits; Alice sends `count` messages and waits until the relay accepted every one
 * ('sent'); Alice's engine then stops too (her side is not measured, and handling Bob's
 * delivery acks in this process would take CPU from him); Bob reopens and drains his queue.
 */
export async function backlog(
  link: Link,
  count: number,
  textBytes: number,
  timeoutMs: number,
): Promise<BacklogResult> {
  const { alice, bob, bobAtAlice, aliceAtBob } = link;
  await bob.stop();
  const allSent = when(
    alice.engine.events,
    'message.statusChanged',
    (e) => e.peerUid === bobAtAlice && e.state === 'sent',
    timeoutMs,
    count,
  );
  allSent.catch(ignore);
  const fillStarted = performance.now();
  for (let i = 0; i < count; i++) {
    await alice.engine.sendText(bobAtAlice, chatText(`backlog ${i}`, textBytes));
  }
  const fillMs = (await allSent) - fillStarted;
  await alice.stopEngine();

  let allReceived: Promise<number> = Promise.reject(new Error('Bob did not reopen'));
  allReceived.catch(ignore);
  const profile = await profileSpan('backlog-drain');
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  await bob.reopen((engine) => {
    allReceived = when(
      engine.events,
      'message.received',
      (e) => e.peerUid === aliceAtBob,
      timeoutMs,
      count,
    );
    allReceived.catch(ignore);
  });
  const reopenMs = performance.now() - started;
  const consumeMs = (await allReceived) - started;
  const cpu = process.cpuUsage(cpuStarted);
  const consumeCpuMs = (cpu.user + cpu.system) / 1000;
  await profile.stop();
  // Bob would go on sending his delivery acks: stop him so nothing runs beside what follows.
  await bob.stopEngine();
  return { fillMs, reopenMs, consumeMs, consumeCpuMs };
}
