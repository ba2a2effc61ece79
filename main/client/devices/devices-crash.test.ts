/**
 * Multi-device crash safety (acceptance criterion): Alice on a desktop and a laptop, Bob whose
 * primary is the desktop, Carol whose primary is the laptop, all four as real processes
 * (testing/device-process.ts) over a real relay process. Round after round every sender writes
 * (desktop→Bob, laptop→Bob forwarded by the desktop, laptop→Carol, desktop→Carol forwarded by
 * the laptop, Bob→Alice, Carol→Alice), everyone marks some received messages read, and one of
 * desktop, laptop, Bob, Carol or the relay is SIGKILLed at a seeded random point — after a random
 * number of its events (sends returning, messages received or forwarded, status changes) plus
 * random jitter — and restarted on the same data. In the end, with all four reopened in-process:
 * every message whose send returned is on every device that should hold it, exactly once, in
 * each sender's order; none is left pending, pending_forward or failed; and Alice's two devices
 * agree on every message's state. Counts are printed per seed.
 *
 * A send killed before its reply is not required to arrive, but at most once — unless it left a
 * row on the sending device (the user sees it), which must then get everywhere like the others.
 * Receipts (every outbound message delivered, every returned markRead shown as read at the
 * sender) must all arrive too. Failures list each message with its state on every device.
 *
 * Seeds: MEOW_DEVICES_CRASH_SEED (one, or a comma list) replaces the default three; rounds per seed:
 * MEOW_DEVICES_CRASH_ROUNDS (keep it to replay a seed's plan). The plan (who sends how much, who dies
 * after how many events) follows the seed; the process timing around it is real, so each run
 * hits different spots. MEOW_DEVICES_CRASH_STABLE_MS: how long unchanged problems with nothing queued
 * count as stuck.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { mulberry32, type Rng } from '../../../testkit/prng';
import { startRelayProcess, type RelayProcess } from '../../../testkit/relay-process';
import type { ErrorEvent } from '../engine/events';
import { closeSide, PASSWORD, type Side } from '../engine/test-helpers';
import {
  startDeviceProcess,
  type DeviceEvent,
  type DeviceProcess,
} from './testing/device-process-client';
import {
  summarize,
  verify,
  type ReadRecord,
  type SentRecord,
  type Verdict,
} from './testing/devices-crash-check';
import {
  buildWorld,
  reopenSide,
  ROLES,
  streamsOf,
  type Role,
  type Stream,
  type World,
} from './testing/devices-crash-world';

const SEEDS = (process.env.MEOW_DEVICES_CRASH_SEED ?? '0x6d656f77,0x64657673,0x6b696c6c')
  .split(',')
  .map((s) => Number(s.trim()) >>> 0);
const ROUNDS = Number(process.env.MEOW_DEVICES_CRASH_ROUNDS ?? 7);
type Target = Role | 'relay';
const TARGETS: readonly Target[] = [...ROLES, 'relay'];
/** Sends per stream and round: 1..MAX_SENDS. */
const MAX_SENDS = 3;
/** Pause between two sends of a stream: 0..MAX_SEND_GAP_MS. */
const MAX_SEND_GAP_MS = 30;
/** Each process marks 0..MAX_READS received messages read per round. */
const MAX_READS = 2;
/** The target dies after 0..MAX_EVENTS_BEFORE_KILL of its events in the round… */
const MAX_EVENTS_BEFORE_KILL = 12;
/** …plus, in half of the rounds, 0..MAX_KILL_JITTER_MS more. */
const MAX_KILL_JITTER_MS = 60;
/** A round's sends and reads must all be answered (or lost to a kill) within this. */
const ROUND_TIMEOUT_MS = 60_000;
const SETTLE_TIMEOUT_MS = 60_000;
/** Missing receipts that have not changed for this long are reported as they are. */
const RECEIPT_GRACE_MS = 8_000;
/** Problems unchanged this long with nothing queued anywhere: stuck, stop waiting. */
const STABLE_MS = Number(process.env.MEOW_DEVICES_CRASH_STABLE_MS ?? 15_000);
/** Events that mean work is being done (a kill after one of them lands mid-work). */
const WORK_EVENTS = new Set(['message.received', 'message.stored', 'message.statusChanged']);

let relay: RelayProcess | undefined;
const sides: Side[] = [];
const live = new Map<Role, DeviceProcess>();

afterEach(async () => {
  await Promise.all([...live.values()].map((child) => child.kill('SIGKILL')));
  live.clear();
  for (const side of sides.splice(0)) await closeSide(side);
  await relay?.stop();
  relay = undefined;
});

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** `promise`, or a rejection with `why()` after `ms` (a hung engine fails with context). */
async function within<T>(promise: Promise<T>, ms: number, why: () => string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new Error(why()));
    }, ms);
  });
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}

const pick = <T>(rng: Rng, items: readonly T[]): T => {
  const item = items[Math.floor(rng() * items.length)];
  if (item === undefined) throw new Error('empty choice');
  return item;
};

/** Counts work per role (events and command replies) and wakes whoever waits for a count. */
class WorkCounter {
  private readonly counts = new Map<Target, number>();
  private waiters: { target: Target; n: number; resolve: () => void }[] = [];

  note(role: Role): void {
    for (const t of [role, 'relay'] as const) this.counts.set(t, (this.counts.get(t) ?? 0) + 1);
    this.waiters = this.waiters.filter((w) => {
      if ((this.counts.get(w.target) ?? 0) < w.n) return true;
      w.resolve();
      return false;
    });
  }

  /** Resolves after `n` more units of work by `target` (the relay: anyone's). */
  after(target: Target, n: number): Promise<void> {
    const goal = (this.counts.get(target) ?? 0) + n;
    if (n <= 0) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ target, n: goal, resolve }));
  }
}

/** Everything one seed's run records. */
class Run {
  readonly sends: SentRecord[] = [];
  readonly reads: ReadRecord[] = [];
  readonly work = new WorkCounter();
  /** Inbound messages each role printed (any incarnation), not yet marked read by the test. */
  readonly unread = new Map<Role, { peerUid: string; uuid: string }[]>();
  readonly childErrors: string[] = [];
  readonly kills: string[] = [];
  /** Each role's latest work event ("message.stored:pending_forward"), for the kill log. */
  readonly lastWork = new Map<Role, string>();
  private readonly nextIndex = new Map<string, number>();

  readonly streams: readonly Stream[];

  constructor(
    readonly world: World,
    private readonly seedHex: string,
  ) {
    this.streams = streamsOf(world.uids);
  }

  spawn(role: Role): DeviceProcess {
    const child = startDeviceProcess(role, this.world.sides[role].dir.path, PASSWORD);
    child.onEvent((e) => {
      this.onEvent(role, e);
    });
    live.set(role, child);
    return child;
  }

  private onEvent(role: Role, e: DeviceEvent): void {
    if (WORK_EVENTS.has(e.event)) {
      this.work.note(role);
      this.lastWork.set(role, typeof e.state === 'string' ? `${e.event}:${e.state}` : e.event);
    }
    if (e.event === 'message.received' && typeof e.uuid === 'string') {
      const peerUid = typeof e.peerUid === 'string' ? e.peerUid : '';
      this.unread.set(role, [...(this.unread.get(role) ?? []), { peerUid, uuid: e.uuid }]);
    }
    if (e.event === 'error') this.childErrors.push(`${role}:${String(e.where)}:${String(e.code)}`);
  }

  /** Issues the stream's sends one after the other; stops if the sender dies. */
  async stream(stream: Stream, round: number, count: number, gaps: number[]): Promise<void> {
    const child = live.get(stream.from);
    for (let i = 0; i < count && child?.running(); i++) {
      const index = this.nextIndex.get(stream.label) ?? 0;
      this.nextIndex.set(stream.label, index + 1);
      const text = `s${this.seedHex}r${round}-${stream.label}-${i}`;
      const record: SentRecord = { stream, index, text, outcome: 'pending' };
      this.sends.push(record);
      const outcome = await child.command('send', { peerUid: stream.to, text });
      if (outcome.kind === 'ok' && typeof outcome.reply.uuid === 'string') {
        record.outcome = 'returned';
        record.uuid = outcome.reply.uuid;
        this.work.note(stream.from);
      } else if (outcome.kind === 'error') {
        record.outcome = 'error';
        record.error = `${outcome.code} ${outcome.message}`;
      } else record.outcome = 'lost';
      if ((gaps[i] ?? 0) > 0) await sleep(gaps[i] ?? 0);
    }
  }

  /** Marks up to `count` of `role`'s received messages read (seeded choice). */
  async markSomeRead(role: Role, count: number, rng: Rng): Promise<void> {
    const child = live.get(role);
    for (let i = 0; i < count && child?.running(); i++) {
      const unread = this.unread.get(role) ?? [];
      if (unread.length === 0) return;
      const [msg] = unread.splice(Math.floor(rng() * unread.length), 1);
      if (!msg) return;
      const record: ReadRecord = { role, ...msg, outcome: 'pending' };
      this.reads.push(record);
      const outcome = await child.command('read', msg);
      record.outcome = outcome.kind === 'ok' ? 'returned' : outcome.kind;
      if (outcome.kind === 'ok') this.work.note(role);
    }
  }

  /** The commands still waiting for a reply. */
  unanswered(): string {
    const sends = this.sends.filter((s) => s.outcome === 'pending').map((s) => s.text);
    const reads = this.reads.filter((x) => x.outcome === 'pending').map((x) => `read ${x.uuid}`);
    return [...sends, ...reads].join(', ');
  }

  /** Each live child's stderr tail. */
  logs(): string {
    return [...live].map(([role, child]) => `--- ${role}\n${child.logs()}`).join('\n');
  }

  /** SIGKILLs the target and starts it again on the same data. */
  async killAndRestart(target: Target): Promise<void> {
    if (target === 'relay') {
      await relay?.kill();
      await relay?.restart({ port: 'same' });
      return;
    }
    await live.get(target)?.kill('SIGKILL');
    await this.spawn(target).ready();
  }
}

/** One round: every stream writes, everyone reads some, the target dies and comes back. */
async function round(run: Run, r: number, target: Target, rng: Rng, readRng: Rng): Promise<void> {
  const plan = run.streams.map((s) => {
    const count = 1 + Math.floor(rng() * MAX_SENDS);
    const gaps = Array.from({ length: count }, () => Math.floor(rng() * (MAX_SEND_GAP_MS + 1)));
    return { s, count, gaps };
  });
  const reads = ROLES.map((role) => ({ role, count: Math.floor(rng() * (MAX_READS + 1)) }));
  const threshold = Math.floor(rng() * (MAX_EVENTS_BEFORE_KILL + 1));
  const jitter = rng() < 0.5 ? 0 : Math.floor(rng() * (MAX_KILL_JITTER_MS + 1));

  const trigger = run.work.after(target, threshold);
  const activity = within(
    Promise.all([
      ...plan.map(({ s, count, gaps }) => run.stream(s, r, count, gaps)),
      ...reads.map(({ role, count }) => run.markSomeRead(role, count, readRng)),
    ]),
    ROUND_TIMEOUT_MS,
    () => `round ${r}: no reply to ${run.unanswered()}\n${run.logs()}`,
  );
  const started = Date.now();
  const why = await Promise.race([
    trigger.then(() => `after ${threshold} events`),
    activity.then(() => 'after the round'),
  ]);
  if (jitter > 0) await sleep(jitter);
  const last = target === 'relay' ? '' : `, last ${run.lastWork.get(target) ?? 'none'}`;
  run.kills.push(`r${r}:${target}@${Date.now() - started}ms(${why}+${jitter}ms${last})`);
  await Promise.all([activity, run.killAndRestart(target)]);
}

/** Nothing queued to push or to apply on any of the four (reopened) sides. */
function idle(world: World): boolean {
  return ROLES.every((role) => {
    const db = world.sides[role].profile.messages;
    return (
      db.nextDueJobs(Number.MAX_SAFE_INTEGER, 1).length === 0 && db.nextSyncInbox(1).length === 0
    );
  });
}

/**
 * Polls `verify` until no problem is left and missing receipts are gone or stable. Gives up
 * after SETTLE_TIMEOUT_MS, or earlier once the problems have not changed for STABLE_MS while no
 * side has anything queued (nothing more is coming). Returns the last verdict.
 */
async function settle(run: Run): Promise<{ verdict: Verdict; ms: number; why: string }> {
  const started = Date.now();
  const since = { problems: started, receipts: started };
  const last = { problems: '', receipts: '' };
  for (;;) {
    const verdict = verify(run.world, run.sends, run.reads);
    const now = Date.now();
    for (const kind of ['problems', 'receipts'] as const) {
      const key = verdict[kind].join('\n');
      if (key !== last[kind]) [last[kind], since[kind]] = [key, now];
    }
    const receiptsDone = verdict.receipts.length === 0 || now - since.receipts >= RECEIPT_GRACE_MS;
    const why =
      verdict.problems.length === 0 && receiptsDone
        ? 'settled'
        : now - started > SETTLE_TIMEOUT_MS
          ? 'timeout'
          : now - since.problems >= STABLE_MS && idle(run.world)
            ? 'stuck'
            : undefined;
    if (why) return { verdict, ms: now - started, why };
    await sleep(250); // polling a condition: no event announces "everything converged"
  }
}

function tally(run: Run): string {
  const by = new Map<string, Record<SentRecord['outcome'], number>>();
  for (const s of run.sends) {
    const t = by.get(s.stream.label) ?? { pending: 0, returned: 0, lost: 0, error: 0 };
    t[s.outcome]++;
    by.set(s.stream.label, t);
  }
  const sends = [...by]
    .map(([l, t]) => `${l} ${t.returned + t.lost + t.error}/${t.returned}/${t.lost}/${t.error}`)
    .join('  ');
  const reads = run.reads.filter((r) => r.outcome === 'returned').length;
  const kills = TARGETS.map((t) => `${t}=${run.kills.filter((k) => k.includes(`:${t}@`)).length}`);
  return (
    `  sends (issued/returned/lost/error): ${sends}\n` +
    `  reads issued=${run.reads.length} returned=${reads}\n` +
    `  kills ${kills.join(' ')}: ${run.kills.join(' ')}`
  );
}

describe('multi-device crash safety over a real relay', () => {
  for (const seed of SEEDS) {
    const hex = `0x${seed.toString(16)}`;
    it(`Alice's two devices, Bob, Carol and the relay SIGKILLed over ${ROUNDS} rounds: every message once, in order, settled, agreed (seed ${hex})`, async () => {
      const t0 = Date.now();
      relay = await startRelayProcess();
      const world = await buildWorld(relay, (side) => sides.push(side));
      const run = new Run(world, hex);
      await Promise.all(ROLES.map((role) => run.spawn(role).ready()));
      const tSetup = Date.now();

      const rng = mulberry32(seed);
      const readRng = mulberry32(seed ^ 0x72656164);
      // Every target dies at least once per seed (a seeded order), then seeded picks.
      const targets = [...TARGETS];
      for (let i = targets.length - 1; i > 0; i--) {
        const j = Math.floor(rng() * (i + 1));
        [targets[i], targets[j]] = [targets[j] ?? 'relay', targets[i] ?? 'relay'];
      }
      while (targets.length < ROUNDS) targets.push(pick(rng, TARGETS));
      for (let r = 0; r < ROUNDS; r++) await round(run, r, targets[r] ?? 'relay', rng, readRng);
      const tRounds = Date.now();

      const stops = await Promise.all([...live.values()].map((child) => child.stop()));
      live.clear();
      const errors: ErrorEvent[] = [];
      for (const role of ROLES) await reopenSide(world.sides[role], errors);
      const { verdict, ms, why } = await settle(run);

      const context = `seed ${hex}; kills ${run.kills.join(' ')}`;
      console.info(
        `devices crash seed=${hex} rounds=${ROUNDS} setup=${tSetup - t0}ms ` +
          `rounds=${tRounds - tSetup}ms settle=${ms}ms(${why}) final-stop=${stops.join(',')}\n` +
          `${tally(run)}\n` +
          `  final ${summarize(world, verdict.snapshot)}\n` +
          `  receipts missing=${verdict.receipts.length} ${verdict.receipts.slice(0, 5).join('; ')}\n` +
          `  child errors=${run.childErrors.length} ${run.childErrors.slice(0, 8).join(' ')}; ` +
          `final errors=${errors.map((e) => `${e.where}:${e.code}`).join(' ')}\n` +
          `  problems=${verdict.problems.length}\n    ${verdict.problems.slice(0, 40).join('\n    ')}`,
      );
      expect(run.sends.filter((s) => s.outcome === 'returned').length).toBeGreaterThan(0);
      expect(verdict.problems, context).toEqual([]);
      // Receipts are owed in the transaction that stores or reads a message: none may be lost.
      expect(verdict.receipts, context).toEqual([]);
    }, 240_000);
  }
});
