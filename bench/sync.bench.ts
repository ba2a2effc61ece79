/**
 * npm run bench:sync — multi-device sync (MULTI_DEVICE_SPEC) over a real relay process:
 *  1. sibling convergence: Alice-desktop (Bob's primary) and Alice-laptop paired through the
 *     real flow (devices.invite → join → 'device.pairingRequested' → confirm), Bob connected
 *     to the desktop by pasted invitation text. Per message, from Bob's sendText call to its
 *     message.received on the laptop (one relay hop to the desktop, then the desktop's `msg`
 *     sync over a second hop), and from the same call to message.received on the desktop (the
 *     one hop alone). Interleaved with it, message by message: laptop → Bob through the
 *     primary-device relay (laptop sendText → `forward` sync to the desktop → sealed and pushed
 *     to Bob → Bob's message.received), against the same one hop. Sequential samples, each from
 *     idle engines (BENCH_GAP_MS of idle first, so the long-polls are held).
 *  2. fan-out: Engine.updateProfile on a desktop with k = 0, 1, 2, 4 paired siblings (one
 *     `identity_update` sealed and queued per sibling), call → return, in interleaved rounds;
 *     ratio t(k) / (k × t(1)), once with every engine live and once with only the call running
 *     (bench/lib/sync-fanout.ts says exactly what each phase includes).
 *  3. handoff: the laptop takes Bob over from the desktop (devices.makePrimary), then the
 *     desktop takes him back, alternating; per sample the handoff (call → 'peer.primaryChanged'
 *     on the taker: a request hop + a handoff hop) and Bob's next message to the new primary,
 *     both as ratios to the one hop of part 1 (bench/lib/sync-handoff.ts).
 *  4. takeover: the primary gone for good. Per sample a fresh trio (a takeover cannot be
 *     undone): the desktop quits, the laptop revokes it, then devices.makePrimary on the
 *     laptop claims Bob at once with a session reset, and the laptop sends a text right after;
 *     the time from the makePrimary call to Bob's message.received of that text (the reset,
 *     Bob's answer on the new session, the text: three hops), as a ratio to the one hop of
 *     part 1 and to a one hop timed on each trio just before its takeover (part 1 ran a while
 *     earlier), and the claim alone (call → 'peer.primaryChanged' on the laptop)
 *     (bench/lib/sync-takeover.ts). Each trio is torn down after its sample.
 * All engines share this process; the relay runs as its own process (testkit/relay-process,
 * embedded store). Everything (engines, profiles, temp dirs, the relay) is torn down at the end.
 */
import type { ServerRef } from '../main/client/model';
import { RelayClient } from '../main/client/relay';
import { startRelayProcess, type RelayProcess } from '../testkit/relay-process';
import { type BenchParty, connectParties, LocalParty } from './lib/bench-party';
import { chatText, Party } from './lib/latency-party';
import { median, percentile, printTable } from './lib/measure';
import { RemoteParty } from './lib/party-remote';
import { pairParties } from './lib/sync-devices';
import { fanoutDesktops, measureFanout, type FanoutSamples } from './lib/sync-fanout';
import {
  convergenceSample,
  relaySample,
  sampleTrio,
  type SampleTrio,
  type Trio,
} from './lib/sync-samples';
import { handoffSample } from './lib/sync-handoff';
import { takeoverSample } from './lib/sync-takeover';

const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 200);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 20);
const GAP_MS = Number(process.env.BENCH_GAP_MS ?? 10);
const TEXT_BYTES = Number(process.env.BENCH_TEXT_BYTES ?? 200);
const FANOUT_ROUNDS = Number(process.env.BENCH_FANOUT_ROUNDS ?? 20);
const FANOUT_BATCH = Number(process.env.BENCH_FANOUT_BATCH ?? 10);
const FANOUT_KS = [0, 1, 2, 4];
const HANDOFFS = Number(process.env.BENCH_HANDOFFS ?? 40);
/** Each takeover sample builds (pairs) a fresh trio, about a second of setup apiece. */
const TAKEOVERS = Number(process.env.BENCH_TAKEOVERS ?? 8);
const SAMPLE_TIMEOUT_MS = 30_000;
/** Parts to run, comma-separated (default all): convergence,handoff,takeover,fanout. */
const PARTS = new Set(
  (process.env.BENCH_PARTS ?? 'convergence,handoff,takeover,fanout')
    .split(',')
    .map((p) => p.trim()),
);

const ms = (value: number): string => `${value.toFixed(2)} ms`;
const ratio = (value: number): string => value.toFixed(2);

/** What main disposes at the end: every party still alive. */
type Owned = { dispose(): Promise<void> }[];

type Make<P extends BenchParty> = (name: string, server: ServerRef | undefined) => Promise<P>;

const local: Make<LocalParty> = async (name, server) =>
  new LocalParty(await Party.create(name, server, 'sync'));
const remote: Make<RemoteParty> = (name, server) => RemoteParty.start(name, server, 'sync');

/**
 * Alice's desktop and Bob connected by pasted invitation, then Alice's laptop paired to the
 * desktop through the real flow; every party made is pushed on `parties` first (the caller
 * disposes them).
 */
async function trio<P extends BenchParty>(
  server: ServerRef,
  make: Make<P>,
  parties: Owned,
): Promise<SampleTrio & { readonly desktop: P; readonly laptop: P; readonly bob: P }> {
  const made = async (name: string, ref: ServerRef | undefined): Promise<P> => {
    const party = await make(name, ref);
    parties.push(party);
    return party;
  };
  const desktop = await made('alice-desktop', server);
  const bob = await made('bob', server);
  const laptop = await made('alice-laptop', undefined);
  const { bobAtAlice, aliceAtBob } = await connectParties(desktop, bob);
  await pairParties(desktop, laptop, [bobAtAlice]);
  const primary = await laptop.primaryOf(bobAtAlice);
  if (primary === undefined || primary === '') {
    throw new Error('the laptop does not relay Bob through the desktop');
  }
  return { desktop, laptop, bob, bobAtAlice, aliceAtBob };
}

/** A trio of this process's engines, for the parts that drive them directly. */
async function localTrio(server: ServerRef, parties: Owned): Promise<Trio> {
  const t = await trio(server, local, parties);
  return { ...t, desktop: t.desktop.party, laptop: t.laptop.party, bob: t.bob.party };
}

/** One-hop p50/p99 of part 1, the baseline of the handoff ratios. */
let oneHopP: [number, number] = [Number.NaN, Number.NaN];

async function handoffRows(t: Trio): Promise<string[][]> {
  const handoff: number[] = [];
  const first: number[] = [];
  for (let i = -2; i < HANDOFFS; i++) {
    const taker = i % 2 === 0 || i === -2 ? t.laptop : t.desktop;
    const text = chatText(`after handoff ${i}`, TEXT_BYTES);
    const s = await handoffSample(t, taker, text, GAP_MS, SAMPLE_TIMEOUT_MS);
    if (i < 0) continue;
    handoff.push(s.handoff);
    first.push(s.firstMessage);
  }
  const [h50, h99] = oneHopP;
  const [a50, a99] = [median(handoff), percentile(handoff, 99)];
  const [f50, f99] = [median(first), percentile(first, 99)];
  return [
    ['measure', 'p50', 'p99'],
    [
      `handoff: makePrimary → primaryChanged on the taker (${HANDOFFS}, alternating)`,
      ms(a50),
      ms(a99),
    ],
    ['ratio handoff / one hop', ratio(a50 / h50), ratio(a99 / h99)],
    [
      'first message after it: Bob sendText → message.received on the new primary',
      ms(f50),
      ms(f99),
    ],
    ['ratio first message / one hop', ratio(f50 / h50), ratio(f99 / h99)],
  ];
}

/**
 * Part 4: one fresh trio per sample (plus one warm-up), each disposed once measured; one left
 * behind by a failure is in `parties`, which main's teardown disposes.
 */
async function takeoverRows(server: ServerRef, parties: Owned): Promise<string[][]> {
  const claim: number[] = [];
  const delivered: number[] = [];
  const localHop: number[] = [];
  const call: number[] = [];
  for (let i = -1; i < TAKEOVERS; i++) {
    const from = parties.length;
    const t = await localTrio(server, parties);
    const text = chatText(`after takeover ${i}`, TEXT_BYTES);
    const s = await takeoverSample(t, text, GAP_MS, SAMPLE_TIMEOUT_MS);
    // Disposed before being dropped from the list, so a failing dispose leaves the rest tracked.
    while (parties.length > from) {
      await parties[parties.length - 1]?.dispose();
      parties.pop();
    }
    if (i < 0) continue;
    claim.push(s.claim);
    call.push(s.call);
    delivered.push(s.firstDelivered);
    localHop.push(...s.oneHops);
  }
  const [h50, h99] = oneHopP;
  const [l50, l99] = [median(localHop), percentile(localHop, 99)];
  const [c50, c99] = [median(claim), percentile(claim, 99)];
  const [r50, r99] = [median(call), percentile(call, 99)];
  const [d50, d99] = [median(delivered), percentile(delivered, 99)];
  return [
    ['measure', 'p50', 'p99'],
    [
      `takeover → first message delivered: makePrimary → Bob's message.received (${TAKEOVERS}, fresh trios)`,
      ms(d50),
      ms(d99),
    ],
    ['ratio takeover → first message / one hop', ratio(d50 / h50), ratio(d99 / h99)],
    [
      `  one hop on the same trios, just before each takeover (${localHop.length} msgs)`,
      ms(l50),
      ms(l99),
    ],
    ['  ratio takeover → first message / that one hop', ratio(d50 / l50), ratio(d99 / l99)],
    [
      '  claim: makePrimary → primaryChanged on the laptop (reset sealed and queued)',
      ms(c50),
      ms(c99),
    ],
    ['  ratio claim / one hop', ratio(c50 / h50), ratio(c99 / h99)],
    ['  makePrimary call → return (claim, syncs flushed, desktop forgotten)', ms(r50), ms(r99)],
  ];
}

interface ConvergenceRows {
  readonly rows: string[][];
  /** One hop p50 / p99. */
  readonly oneHop: [number, number];
}

/** Part 1 on `t`; `layout` says where its engines run. */
async function convergenceRows(t: SampleTrio, layout: string): Promise<ConvergenceRows> {
  const oneHop: number[] = [];
  const convergence: number[] = [];
  const syncHop: number[] = [];
  const relay: number[] = [];
  for (let i = -WARMUP; i < SAMPLES; i++) {
    const c = await convergenceSample(
      t,
      chatText(`bob ${i}`, TEXT_BYTES),
      GAP_MS,
      SAMPLE_TIMEOUT_MS,
    );
    const r = await relaySample(t, chatText(`laptop ${i}`, TEXT_BYTES), GAP_MS, SAMPLE_TIMEOUT_MS);
    if (i < 0) continue;
    oneHop.push(c.oneHop);
    convergence.push(c.convergence);
    syncHop.push(c.convergence - c.oneHop);
    relay.push(r);
  }
  const p = (values: number[]): [number, number] => [median(values), percentile(values, 99)];
  const [h50, h99] = p(oneHop);
  const [c50, c99] = p(convergence);
  const [s50, s99] = p(syncHop);
  const [r50, r99] = p(relay);
  const rows = [
    [`measure (${layout})`, 'p50', 'p99'],
    [
      `one hop: Bob sendText → message.received on Alice-desktop (${SAMPLES} msgs)`,
      ms(h50),
      ms(h99),
    ],
    [`convergence: Bob sendText → message.received on Alice-laptop (same msgs)`, ms(c50), ms(c99)],
    ['ratio convergence / one hop', ratio(c50 / h50), ratio(c99 / h99)],
    ['  (desktop → laptop part: convergence − one hop, per msg)', ms(s50), ms(s99)],
    [
      `relay: laptop sendText → message.received at Bob via the desktop (${SAMPLES} msgs, interleaved)`,
      ms(r50),
      ms(r99),
    ],
    ['ratio relay / one hop (Bob → desktop, above)', ratio(r50 / h50), ratio(r99 / h99)],
  ];
  return { rows, oneHop: [h50, h99] };
}

/** Part 1 again with each engine in a process of its own, as on three real devices. */
async function apartRows(server: ServerRef, parties: Owned): Promise<ConvergenceRows> {
  const from = parties.length;
  try {
    const t = await trio(server, remote, parties);
    return await convergenceRows(t, 'each engine in its own process');
  } finally {
    for (const party of parties.splice(from)) await party.dispose();
  }
}

function fanoutRows(samples: Map<number, FanoutSamples>): string[][] {
  const p50 = (k: number, pick: (s: FanoutSamples) => number[]): number => {
    const s = samples.get(k);
    return s ? median(pick(s)) : Number.NaN;
  };
  const only = (s: FanoutSamples): number[] => s.dispatchOnly;
  const live = (s: FanoutSamples): number[] => s.liveCall;
  const applied = (s: FanoutSamples): number[] => s.liveApplied;
  const rows: string[][] = [
    [
      'k siblings',
      'dispatch only p50',
      't(k)/(k·t(1))',
      '(t(k)−t(0))/k',
      'live call p50',
      't(k)/(k·t(1))',
      'live: all k applied p50',
    ],
  ];
  for (const k of FANOUT_KS) {
    const perK = (pick: (s: FanoutSamples) => number[]): string =>
      k === 0 ? '—' : ratio(p50(k, pick) / (k * p50(1, pick)));
    rows.push([
      String(k),
      ms(p50(k, only)),
      perK(only),
      k === 0 ? '—' : ms((p50(k, only) - p50(0, only)) / k),
      ms(p50(k, live)),
      perK(live),
      k === 0 ? '—' : ms(p50(k, applied)),
    ]);
  }
  return rows;
}

async function fanoutPart(server: ServerRef, parties: Owned): Promise<Map<number, FanoutSamples>> {
  const made: Party[] = [];
  try {
    return await measureFanout(await fanoutDesktops(server, FANOUT_KS, made), {
      rounds: FANOUT_ROUNDS,
      batch: FANOUT_BATCH,
      gapMs: GAP_MS,
      timeoutMs: SAMPLE_TIMEOUT_MS,
    });
  } finally {
    parties.push(...made);
  }
}

async function main(): Promise<void> {
  const relay: RelayProcess = await startRelayProcess();
  const parties: Owned = [];
  try {
    const server = (await RelayClient.add(relay.url)).ref;
    console.log(
      `node ${process.version} ${process.execArgv.filter((a) => a.startsWith('--') && a !== '--import').join(' ')}`,
    );
    console.log(
      `bench:sync — relay process ${relay.url} (store: ${relay.storeLabel.split(' ')[0] ?? '?'}), ${TEXT_BYTES}-byte texts, ${WARMUP} warm-up + ${SAMPLES} samples, ${GAP_MS} ms idle before each`,
    );
    const t = await localTrio(server, parties);
    const together = await convergenceRows(sampleTrio(t), 'every engine in this process');
    oneHopP = together.oneHop;
    const handoffs = PARTS.has('handoff') ? await handoffRows(t) : undefined;
    // Part 1's engines quit, so nothing of theirs runs beside the rest (part 4 first: only
    // its own trio runs beside each of its samples).
    for (const party of parties.splice(0)) await party.dispose();
    const apart = PARTS.has('convergence') ? await apartRows(server, parties) : undefined;
    const takeovers = PARTS.has('takeover') ? await takeoverRows(server, parties) : undefined;
    const fanout = PARTS.has('fanout') ? await fanoutPart(server, parties) : undefined;
    if (apart) {
      printTable(apart.rows);
      console.log('');
    }
    printTable(together.rows);
    if (handoffs) {
      console.log('');
      printTable(handoffs);
    }
    if (takeovers) {
      console.log('');
      printTable(takeovers);
    }
    if (fanout) {
      console.log('');
      console.log(
        `fan-out: desktop.engine.updateProfile({status}) call → return (identity file saved + one identity_update sealed, device peer stored, job queued per paired sibling); ${FANOUT_ROUNDS} interleaved rounds × ${FANOUT_BATCH} calls per k, after 1 warm-up round`,
      );
      printTable(fanoutRows(fanout));
      console.log(
        '  dispatch only: siblings quit, each call starts with the desktop outbox empty — only the call (record, seal, store, queue) runs. live: every engine running in this process (the send worker starts pushing and the first siblings apply while the call still dispatches); after each call, wait until all k siblings applied it.',
      );
    }
  } catch (err) {
    // Reported before the teardown, which may fail on its own once an engine is broken.
    console.error('bench:sync failed:', err);
    process.exitCode = 1;
  } finally {
    for (const party of parties) await party.dispose();
    await relay.stop();
  }
}

await main();
