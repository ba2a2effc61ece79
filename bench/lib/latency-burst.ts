/**
 * The send burst of bench/latency.bench.ts: Alice calls `sendText` `count` times without
 * awaiting each call before the next (a pasted list, a script), and the measure runs until the
 * relay has accepted every one (each message 'sent'). The receiver is a contact of her own
 * (Carol), made for this and closed before the burst, so only Alice's side is timed and the
 * other measures' queues are left alone. Optionally a smaller run awaits each call in turn.
 * Baseline, same run: the seal-only ceiling — core sealUserMessage on one relationship, the
 * same number of messages in a row, no storage and no network, best of `rounds` rounds.
 */
import { randomUUID } from 'node:crypto';
import { sealUserMessage } from '../../core/envelope';
import { makePair } from '../../core/envelope/testing';
import type { meow } from '../../proto';
import type { ServerRef } from '../../main/client/model';
import { connect } from './bench-party';
import { chatText, Party, when } from './latency-party';

const ignore = (): undefined => undefined;

export interface BurstResult {
  /** Fired all at once: first call → the last job accepted by the relay. */
  readonly burstMs: number;
  /** Fired all at once: first call → every sendText promise resolved (stored and queued). */
  readonly acceptedMs: number;
  /** Awaited one by one (`sequential` messages): first call → the last accepted by the relay. */
  readonly sequentialMs: number;
  /** Best seal-only round over `count` messages, ms. */
  readonly sealMs: number;
}

/** The UserMessage Engine.sendText builds for `text`. */
function textMessage(text: string): meow.IUserMessage {
  return { type: 'text', text, status: { uuid: randomUUID(), sent: Date.now(), replyToUuid: '' } };
}

/** One seal-only round: `count` messages sealed in a row with the channel built once. */
function sealRound(count: number, textBytes: number): number {
  const { inviter } = makePair();
  const messages = Array.from({ length: count }, (_, i) =>
    textMessage(chatText(`s${i}`, textBytes)),
  );
  const started = performance.now();
  for (const message of messages) {
    inviter.ratchet = sealUserMessage(message, inviter.channel, inviter.ratchet).ratchet;
  }
  return performance.now() - started;
}

/** Best of `rounds` (noise only ever adds time), after an untimed warm-up round. */
export function sealCeilingMs(count: number, textBytes: number, rounds: number): number {
  sealRound(Math.min(count, 2000), textBytes);
  let best = Infinity;
  for (let r = 0; r < rounds; r++) best = Math.min(best, sealRound(count, textBytes));
  return best;
}

/** Resolves with performance.now() once `count` of `peerUid`'s messages went to 'sent'. */
function allSent(alice: Party, peerUid: string, count: number, timeoutMs: number) {
  const sent = when(
    alice.engine.events,
    'message.statusChanged',
    (e) => e.peerUid === peerUid && e.state === 'sent',
    timeoutMs,
    count,
  );
  sent.catch(ignore); // awaited by the caller; this only keeps an early failure from going unhandled
  return sent;
}

async function fireAll(
  alice: Party,
  peerUid: string,
  count: number,
  textBytes: number,
  timeoutMs: number,
) {
  const sent = allSent(alice, peerUid, count, timeoutMs);
  const started = performance.now();
  const calls: Promise<string>[] = [];
  for (let i = 0; i < count; i++) {
    calls.push(alice.engine.sendText(peerUid, chatText(`burst ${i}`, textBytes)));
  }
  await Promise.all(calls);
  const acceptedMs = performance.now() - started;
  return { burstMs: (await sent) - started, acceptedMs };
}

async function oneByOne(
  alice: Party,
  peerUid: string,
  count: number,
  textBytes: number,
  timeoutMs: number,
) {
  if (count === 0) return 0;
  const sent = allSent(alice, peerUid, count, timeoutMs);
  const started = performance.now();
  for (let i = 0; i < count; i++) {
    await alice.engine.sendText(peerUid, chatText(`one by one ${i}`, textBytes));
  }
  return (await sent) - started;
}

/**
 * Alice (running) gets a new contact, Carol, who quits at once; Alice fires `count` sendText
 * calls, then sends `sequential` more one call at a time. Carol is removed at the end (her queue
 * at the relay is left to expire). The relay's queue limit must fit `count + sequential`.
 */
export async function burst(
  alice: Party,
  server: ServerRef,
  options: {
    count: number;
    sequential: number;
    textBytes: number;
    rounds: number;
    timeoutMs: number;
  },
): Promise<BurstResult> {
  const { count, sequential, textBytes, rounds, timeoutMs } = options;
  const carol = await Party.create('Carol', server);
  try {
    const { bobAtAlice: carolAtAlice } = await connect(alice, carol);
    await carol.stop();
    const fired = await fireAll(alice, carolAtAlice, count, textBytes, timeoutMs);
    const sequentialMs = await oneByOne(alice, carolAtAlice, sequential, textBytes, timeoutMs);
    const sealMs = sealCeilingMs(count, textBytes, rounds);
    return { ...fired, sequentialMs, sealMs };
  } finally {
    await carol.dispose();
  }
}

const rate = (value: number): string => `${Math.round(value).toLocaleString('en-US')} msg/s`;
const count = (value: number): string => value.toLocaleString('en-US');
const perSecond = (n: number, ms: number): number => n / (ms / 1000);

const settings = () => ({
  n: Number(process.env.BENCH_BURST ?? 10_000),
  sequential: Number(process.env.BENCH_BURST_SEQUENTIAL ?? 1_000),
});

/** How many entries Carol's queue at the relay must hold (the relay's --queue-max-length). */
export function burstQueueLength(): number {
  const { n, sequential } = settings();
  return Math.max(0, n) + Math.max(0, sequential);
}

/** The burst measure as printed rows (BENCH_BURST, BENCH_BURST_SEQUENTIAL; 0 skips). */
export async function burstRows(
  alice: Party,
  server: ServerRef,
  options: { textBytes: number; rounds: number },
): Promise<string[][]> {
  const { n, sequential } = settings();
  if (n <= 0) return [];
  const timeoutMs = 120_000 + (n + sequential) * 50;
  const r = await burst(alice, server, { ...options, count: n, sequential, timeoutMs });
  const engine = perSecond(n, r.burstMs);
  const ceiling = perSecond(n, r.sealMs);
  const rows = [
    ['measure', 'rate'],
    [
      `engine: burst of ${count(n)} sendText fired at once → all accepted by the relay`,
      rate(engine),
    ],
    [`seal-only ceiling: core sealUserMessage, ${count(n)} in a row, one core`, rate(ceiling)],
    ['ratio burst / ceiling', (engine / ceiling).toFixed(4)],
    [
      `  (the same burst: every sendText promise resolved, i.e. stored and queued)`,
      rate(perSecond(n, r.acceptedMs)),
    ],
  ];
  if (sequential > 0) {
    rows.push([
      `  (${count(sequential)} sendText awaited one by one → all accepted by the relay)`,
      rate(perSecond(sequential, r.sequentialMs)),
    ]);
  }
  return rows;
}
