/**
 * npm run bench:latency — what the client engine adds on top of the relay, over loopback:
 *  1. send → stored-at-receiver latency: two real engines (Alice, Bob; real profiles in temp
 *     dirs, invitation by pasted text) through a real relay process, one message at a time,
 *     from Alice's sendText call to Bob's message.received (emitted once the message is
 *     committed; on disk a moment later, then Bob's ratchet write, then the relay's ack). Next to it, interleaved sample by sample, the bare
 *     long-poll round trip on the same relay: a RelayClient holds a long-poll, another pushes
 *     one entry of the same size; time from the push call to the long-poll's reply. The bare
 *     path uses main/client/relay's RelayClient because it is the exact transport under the
 *     engine's send and poll workers (global fetch, relay envelope, reply checks), so the ratio
 *     isolates what the engine adds: Double Ratchet, storage, outbox, dispatch.
 *     Before every push both paths idle BENCH_GAP_MS (10 ms) so the receiver's long-poll is
 *     held, as between the messages of a conversation; an engine sample ends only when Bob's
 *     delivery ack has reached Alice, so each sample starts from idle engines.
 *  2. backlog consume rate: Bob quits, Alice sends BENCH_BACKLOG messages (until the relay
 *     accepted all), Alice's engine stops, Bob reopens (Profile.unlock + new Engine + start)
 *     and drains them; rate = backlog / (unlock → last message.received). Next to it, the pure
 *     decrypt ceiling: opening as many messages sealed in a row with core openUserMessage
 *     (no storage, no network), best of BENCH_ROUNDS rounds. Ratio engine / ceiling; and
 *     the same by CPU time per message (this process's user + system time over the drain,
 *     i.e. Bob's receive path, against the ceiling's time per open), which a loaded machine
 *     distorts far less than wall time.
 *  3. part 1 again with Alice's and Bob's engines each in a process of its own
 *     (bench/lib/party-host.ts), as on two computers; the bare clients stay in this process.
 * BENCH_PARTS (comma list of latency, burst, backlog; all by default) runs only some of them.
 * The relay runs as its own process (testkit/relay-process, embedded store, its queue limit
 * raised to fit the backlog); the engines, the bare clients and the ceiling share this
 * process. Everything is torn down at the end.
 */
import type { ServerRef } from '../main/client/model';
import { RelayClient } from '../main/client/relay';
import { sealUserMessage } from '../core/envelope';
import { makePair } from '../core/envelope/testing';
import { startRelayProcess, type RelayProcess } from '../testkit/relay-process';
import { median, percentile, printTable } from './lib/measure';
import { bareLoop } from './lib/latency-bare';
import { burstQueueLength, burstRows } from './lib/latency-burst';
import { measureCeilings, textMessage } from './lib/latency-ceiling';
import {
  backlog,
  engineSample,
  type Link,
  sampleLink,
  type SampleLink,
} from './lib/latency-engine';
import { connect, connectParties } from './lib/bench-party';
import { RemoteParty } from './lib/party-remote';
import { chatText, Party } from './lib/latency-party';

const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 300);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 30);
const BACKLOG = Number(process.env.BENCH_BACKLOG ?? 10_000);
/** Idle before each push, so the receiver's long-poll is held (both measures alike). */
const GAP_MS = Number(process.env.BENCH_GAP_MS ?? 10);
const TEXT_BYTES = Number(process.env.BENCH_TEXT_BYTES ?? 200);
const CEILING_ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
/** Which measures to run (comma-separated): e.g. BENCH_PARTS=backlog while working on it. */
const PARTS = new Set((process.env.BENCH_PARTS ?? 'latency,burst,backlog').split(','));
const SAMPLE_TIMEOUT_MS = 30_000;
const BACKLOG_TIMEOUT_MS = 120_000 + BACKLOG * 50;

const ms = (value: number): string => `${value.toFixed(2)} ms`;
const us = (value: number): string => `${value.toFixed(1)} µs`;
const rate = (value: number): string => `${Math.round(value).toLocaleString('en-US')} msg/s`;
const count = (value: number): string => value.toLocaleString('en-US');

/** Part 1 on `link`; `layout` says where its engines run. */
async function latencyRows(
  link: SampleLink,
  server: ServerRef,
  layout: string,
): Promise<string[][]> {
  // The bare entry is as large as the engine's: a sealed message of the same text.
  const pair = makePair();
  const sealed = sealUserMessage(
    textMessage(chatText('bare', TEXT_BYTES)),
    pair.inviter.channel,
    pair.inviter.ratchet,
  );
  const bare = bareLoop(server, sealed.packed.payload);
  const engine: number[] = [];
  const raw: number[] = [];
  for (let i = -WARMUP; i < SAMPLES; i++) {
    const text = chatText(`latency ${i}`, TEXT_BYTES);
    const e = await engineSample(link, text, GAP_MS, SAMPLE_TIMEOUT_MS);
    const b = await bare.sample(GAP_MS);
    if (i < 0) continue;
    engine.push(e);
    raw.push(b);
  }
  const [e50, e99, b50, b99] = [
    median(engine),
    percentile(engine, 99),
    median(raw),
    percentile(raw, 99),
  ];
  return [
    [`measure (${layout})`, 'p50', 'p99'],
    [`engine: sendText → message.received at Bob (${SAMPLES} msgs)`, ms(e50), ms(e99)],
    [
      `bare: RelayClient push → held long-poll reply (${SAMPLES} pushes, ${sealed.packed.payload.length} B)`,
      ms(b50),
      ms(b99),
    ],
    ['ratio engine / bare', (e50 / b50).toFixed(2), (e99 / b99).toFixed(2)],
  ];
}

/**
 * Part 1 again with Alice's and Bob's engines each in a process of its own, as on two
 * computers (the bare clients stay in this process, alone).
 */
async function apartRows(server: ServerRef): Promise<string[][]> {
  const parties: RemoteParty[] = [];
  try {
    const alice = await RemoteParty.start('Alice', server, 'latency');
    parties.push(alice);
    const bob = await RemoteParty.start('Bob', server, 'latency');
    parties.push(bob);
    const link = { alice, bob, ...(await connectParties(alice, bob)) };
    return await latencyRows(link, server, 'each engine in its own process');
  } finally {
    for (const party of parties) await party.dispose();
  }
}

async function backlogRows(link: Link, server: ServerRef): Promise<string[][]> {
  const result = await backlog(link, BACKLOG, TEXT_BYTES, BACKLOG_TIMEOUT_MS);
  const engineRate = BACKLOG / (result.consumeMs / 1000);
  const ceilings = measureCeilings(BACKLOG, TEXT_BYTES, CEILING_ROUNDS, server);
  return [
    ['measure', 'rate'],
    [
      `engine: backlog of ${count(BACKLOG)} drained by reopened Bob (unlock → last message.received)`,
      rate(engineRate),
    ],
    [
      `pure open ceiling: core openUserMessage, ${count(BACKLOG)} in a row, one core`,
      rate(ceilings.core),
    ],
    ['ratio engine / ceiling', (engineRate / ceilings.core).toFixed(4)],
    [
      `  (engine CPU time per message: this process from unlock to the last message.received)`,
      us((result.consumeCpuMs * 1000) / BACKLOG),
    ],
    ['  (ceiling CPU time per message: one open, best round)', us(ceilings.coreCpuUs)],
    [
      '  (ratio by CPU time: ceiling / engine, per message; less sensitive to load)',
      (ceilings.coreCpuUs / ((result.consumeCpuMs * 1000) / BACKLOG)).toFixed(4),
    ],
    [
      '  (openFromPeer one by one: peer JSON and channel per message, as before batching)',
      rate(ceilings.peers),
    ],
    [`  (Bob's reopen: Profile.unlock + new Engine + start)`, ms(result.reopenMs)],
    [
      `  (setup: Alice's ${count(BACKLOG)} sendText calls until all accepted by the relay)`,
      rate(BACKLOG / (result.fillMs / 1000)),
    ],
  ];
}

async function main(): Promise<void> {
  // Room for the whole backlog (and Bob's delivery acks to Alice) whatever BENCH_BACKLOG is.
  const queueMax = String(Math.max(10_000, BACKLOG + 1_000, burstQueueLength()));
  const relay: RelayProcess = await startRelayProcess({
    extraArgs: ['--queue-max-length', queueMax],
  });
  const parties: Party[] = [];
  try {
    const server = (await RelayClient.add(relay.url)).ref;
    const alice = await Party.create('Alice', server);
    parties.push(alice);
    const bob = await Party.create('Bob', server);
    parties.push(bob);
    const link: Link = { alice, bob, ...(await connect(alice, bob)) };
    console.log(
      `node ${process.version} ${process.execArgv.filter((a) => a.startsWith('--') && a !== '--import').join(' ')}`,
    );
    console.log(
      `bench:latency — relay process ${relay.url} (store: ${relay.storeLabel.split(' ')[0] ?? '?'}), ${TEXT_BYTES}-byte texts, ${WARMUP} warm-up + ${SAMPLES} samples interleaved, ${GAP_MS} ms idle before each push`,
    );
    const tables: string[][][] = [];
    if (PARTS.has('latency')) {
      tables.push(await latencyRows(sampleLink(link), server, 'both engines in this process'));
    }
    if (PARTS.has('burst')) {
      tables.push(
        await burstRows(alice, server, { textBytes: TEXT_BYTES, rounds: CEILING_ROUNDS }),
      );
    }
    if (PARTS.has('backlog')) tables.push(await backlogRows(link, server));
    if (PARTS.has('latency')) {
      // Last, with this process's engines stopped so that nothing of theirs runs beside it.
      for (const party of parties) await party.stopEngine();
      tables.push(await apartRows(server));
    }
    tables.forEach((table, i) => {
      if (i > 0) console.log('');
      printTable(table);
    });
  } finally {
    for (const party of parties) await party.dispose();
    await relay.stop();
  }
}

await main();
