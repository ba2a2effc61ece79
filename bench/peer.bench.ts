/**
 * npm run bench:peer — our 1:1 message stack against Signal's, in one process, on one core.
 *
 * libsignal: @signalapp/libsignal-client (Rust, prebuilt native module), a PQXDH session from a
 * PreKeyBundle, signalEncrypt/signalDecrypt, its SessionRecord serialized into a byte store on
 * every save and deserialized on every load (bench/lib/peer-libsignal.ts).
 * Ours: the engine's path (sealForPeer / PeerSession) with the Peer record loaded and stored
 * around every message the way PeerStorage does it (bench/lib/peer-ours.ts).
 * Neither side includes a database write or fsync; both include the (de)serialization of their
 * session state. Each "message" is all of it: the sender loads, seals and persists, the
 * receiver loads, opens and persists.
 *
 *   one-direction: A → B, over and over (a symmetric-key ratchet step per message)
 *   alternating:   A → B, B → A, … each message answers the last (a DH ratchet step each)
 *
 * Both again with each side's state kept as live objects ("in memory", a breakdown: what the
 * protocol costs, and so what persisting adds).
 *
 * The eight measures run in interleaved, time-balanced rounds timed by this process's CPU time
 * (BENCH_CLOCK=wall for elapsed time; on a shared machine the wall clock mostly measures the
 * wait for a core); each figure is the median round, then the median of BENCH_PROCESSES
 * processes. Targets: ours ≥ 5× libsignal one-direction, ≥ 2× alternating.
 */
import { execFileSync } from 'node:child_process';
import { formatNs, median, printTable } from './lib/measure';
import { libsignalDuo } from './lib/peer-libsignal';
import {
  CLOCK,
  measureInterleavedAsync,
  type AsyncMeasure,
  type Duo,
  type Timing,
} from './lib/peer-measure';
import { oursDuo } from './lib/peer-ours';

const TEXT = 'M'.repeat(200);
const ROUND_MS = Number(process.env.BENCH_ROUND_MS ?? 50);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 21);
const SIZE_SAMPLES = 40;
const PROCESSES = Number(process.env.BENCH_PROCESSES ?? 3);
const TARGETS = { oneWay: 5, alternating: 2 } as const;

type Mode = 'oneWay' | 'alternating';

/** Messages A → B only, or turns that flip every message (kept across rounds). */
function measureOf(name: string, duo: Duo, mode: Mode): AsyncMeasure {
  let aToB = true;
  return {
    name,
    async run(n) {
      for (let i = 0; i < n; i++) {
        await duo.send(aToB);
        if (mode === 'alternating') aToB = !aToB;
      }
    },
  };
}

async function wireSizes(duo: Duo, mode: Mode): Promise<string> {
  const sizes: number[] = [];
  for (let i = 0; i < SIZE_SAMPLES; i++)
    sizes.push(await duo.send(mode === 'oneWay' || i % 2 === 0));
  const min = Math.min(...sizes);
  const max = Math.max(...sizes);
  return min === max ? `${min} B` : `${min}–${max} B`;
}

const rate = (t: Timing | undefined): number => (t ? 1e9 / t.median : NaN);
const perSecond = (r: number): string => `${Math.round(r).toLocaleString('en-US')}/s`;
const MODES = ['oneWay', 'alternating'] as const;
const KINDS = ['persisted', 'in memory'] as const;
type Kind = (typeof KINDS)[number];
const LABEL: Record<Mode, string> = { oneWay: 'one-direction', alternating: 'alternating' };

interface Pair {
  readonly ours: Duo;
  readonly libsignal: Duo;
}

/**
 * One table row per mode: both rates and per-message times, and the ratio. `theirs` names
 * the libsignal measure, `ours` ours ("persisted", "in memory"); targets on the main rows.
 */
function rowsOf(
  t: Map<string, Timing>,
  label: string,
  ours: Kind,
  theirs: string,
  targets: boolean,
) {
  return MODES.map((mode) => {
    const a = t.get(`ours ${mode} ${ours}`);
    const b = t.get(`libsignal ${mode} ${theirs}`);
    const ratio = rate(a) / rate(b);
    const target = TARGETS[mode];
    return [
      `${LABEL[mode]}, ${label}`,
      `${perSecond(rate(a))} (${a ? formatNs(a.median) : '?'})`,
      `${perSecond(rate(b))} (${b ? formatNs(b.median) : '?'})`,
      `${ratio.toFixed(2)}×`,
      targets ? `≥ ${target}× ${ratio >= target ? 'met' : 'NOT met'}` : '',
    ];
  });
}

type Timings = Record<string, Timing>;

async function duosOf(persist: boolean, sealedSender = false): Promise<Record<Mode, Pair>> {
  const pair = async (): Promise<Pair> => ({
    ours: await oursDuo(TEXT, persist),
    libsignal: await libsignalDuo(TEXT, { persist, sealedSender }),
  });
  return { oneWay: await pair(), alternating: await pair() };
}

/** One process's measurement: ten measures, interleaved. */
async function measureOnce(): Promise<Timings> {
  const duos = { persisted: await duosOf(true), 'in memory': await duosOf(false) };
  const sealed = await duosOf(true, true);
  const measures = KINDS.flatMap((kind) =>
    MODES.flatMap((mode) => [
      measureOf(`ours ${mode} ${kind}`, duos[kind][mode].ours, mode),
      measureOf(`libsignal ${mode} ${kind}`, duos[kind][mode].libsignal, mode),
    ]),
  );
  for (const mode of MODES) {
    measures.push(measureOf(`libsignal ${mode} sealed sender`, sealed[mode].libsignal, mode));
  }
  return Object.fromEntries(await measureInterleavedAsync(measures, ROUND_MS, ROUNDS));
}

/**
 * V8's JIT and GC settle differently in each process (see bench:crypto), so PROCESSES
 * independent children measure; each figure printed is the median of their medians.
 */
function runChildren(): Timings[] {
  const runs: Timings[] = [];
  for (let i = 0; i < PROCESSES; i++) {
    const out = execFileSync(process.execPath, [...process.execArgv, process.argv[1] ?? ''], {
      env: { ...process.env, BENCH_CHILD: '1' },
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    });
    runs.push(JSON.parse(out) as Timings);
  }
  return runs;
}

function combine(runs: readonly Timings[]): Map<string, Timing> {
  const names = Object.keys(runs[0] ?? {});
  return new Map(
    names.map((name) => {
      const of = runs.flatMap((r) => (r[name] ? [r[name]] : []));
      return [
        name,
        { median: median(of.map((t) => t.median)), best: Math.min(...of.map((t) => t.best)) },
      ];
    }),
  );
}

function ratioSpread(runs: readonly Timings[], mode: Mode): string {
  return runs
    .map((r) => rate(r[`ours ${mode} persisted`]) / rate(r[`libsignal ${mode} persisted`]))
    .sort((a, b) => a - b)
    .map((x) => x.toFixed(2))
    .join(', ');
}

async function printSizes(): Promise<void> {
  const duos = await duosOf(true);
  const sealed = await duosOf(true, true);
  printTable([
    ['bytes', 'ours', 'libsignal'],
    [
      'on the wire, one-direction',
      await wireSizes(duos.oneWay.ours, 'oneWay'),
      await wireSizes(duos.oneWay.libsignal, 'oneWay'),
    ],
    [
      'on the wire, alternating',
      await wireSizes(duos.alternating.ours, 'alternating'),
      await wireSizes(duos.alternating.libsignal, 'alternating'),
    ],
    [
      'on the wire, libsignal + sealed sender',
      '',
      `${await wireSizes(sealed.oneWay.libsignal, 'oneWay')}, alternating ${await wireSizes(sealed.alternating.libsignal, 'alternating')}`,
    ],
    [
      'session state stored per side',
      `${duos.alternating.ours.storedBytes()} B`,
      `${duos.alternating.libsignal.storedBytes()} B`,
    ],
    [
      'of which rewritten per message',
      `${duos.alternating.ours.rewrittenBytes?.() ?? duos.alternating.ours.storedBytes()} B`,
      `${duos.alternating.libsignal.storedBytes()} B`,
    ],
  ]);
  console.log(
    'ours on the wire = the PackedUserMessage payload pushed to the relay (padded UserMessage, ' +
      'Double Ratchet, XChaCha20-Poly1305 with MySymKey, crypto_box); the 32-byte queue address ' +
      'and send token travel beside it.',
  );
  console.log(
    'libsignal on the wire = CiphertextMessage.serialize() (a SignalMessage: version, ratchet ' +
      'key, counters, SPQR data, AES-CBC body, MAC) — without sealed sender or transport framing.',
  );
  console.log(
    'ours stored = the Peer as PeerStorage seals it: a JSON record with all keys and settings ' +
      'of the relationship, written when they change, and a binary record with the ratchet ' +
      'state, rewritten per message; libsignal stored = the serialized SessionRecord.',
  );
}

async function main(): Promise<void> {
  if (process.env.BENCH_CHILD === '1') {
    console.log(JSON.stringify(await measureOnce()));
    return;
  }
  const runs = runChildren();
  const t = combine(runs);
  console.log(
    `node ${process.version} ${process.execArgv.filter((a) => a.startsWith('--') && a !== '--import').join(' ')}`,
  );
  console.log(
    `bench:peer — 200-byte text; messages/s and time per message (seal + open, session state ` +
      `loaded and stored on both sides); ${ROUNDS} interleaved rounds of ~${ROUND_MS} ms of ` +
      `${CLOCK} time per measure; median round, median of ${PROCESSES} processes`,
  );
  printTable([
    ['', 'ours', 'libsignal', 'ours/libsignal', 'target'],
    ...rowsOf(t, 'persisted', 'persisted', 'persisted', true),
    ...rowsOf(t, 'in memory', 'in memory', 'in memory', false),
    ...rowsOf(t, 'persisted, libsignal + sealed sender', 'persisted', 'sealed sender', false),
  ]);
  console.log(
    '"in memory" (breakdown, no target): the same messages with each side\'s session state kept ' +
      'as live objects, never serialized. "libsignal + sealed sender" (no target): libsignal ' +
      'persisted, each message also wrapped in sealed sender as Signal sends to contacts, the ' +
      'counterpart of our crypto_box layer.',
  );
  console.log(
    `ours/libsignal per process (sorted): one-direction ${ratioSpread(runs, 'oneWay')}; ` +
      `alternating ${ratioSpread(runs, 'alternating')}`,
  );
  console.log('');
  await printSizes();
}

await main();
