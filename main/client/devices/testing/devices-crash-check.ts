/**
 * The end-state checks of devices-crash.test.ts, run on the four profiles reopened in-process.
 * `problems` are the acceptance criteria (each a line naming the message and its state on every
 * device); `receipts` are receipts that have not (yet) reached the sender, reported separately.
 */
import type { MessageCursor, MessageState, StoredMessage } from '../../../storage';
import type { Side } from '../../engine/test-helpers';
import type { Holder, Role, Stream, World } from './devices-crash-world';

export interface SentRecord {
  readonly stream: Stream;
  /** Position in the stream (the order the sender issued its sends in). */
  readonly index: number;
  readonly text: string;
  /** returned: the reply came; lost: the process died first; error: sendText threw. */
  outcome: 'pending' | 'returned' | 'lost' | 'error';
  uuid?: string;
  error?: string;
}

export interface ReadRecord {
  readonly role: Role;
  readonly peerUid: string;
  readonly uuid: string;
  outcome: 'pending' | 'returned' | 'lost' | 'error';
}

export interface Verdict {
  readonly problems: string[];
  readonly receipts: string[];
  readonly snapshot: Snapshot;
}

const STUCK: readonly MessageState[] = ['pending', 'pending_forward', 'failed'];

/** Every stored row of the six conversations, oldest first, by role and conversation. */
export class Snapshot {
  private readonly rows = new Map<string, StoredMessage[]>();

  constructor(world: World) {
    const { bobAtAlice, carolAtAlice, aliceAtBob, aliceAtCarol } = world.uids;
    const { desktop, laptop, bob, carol } = world.sides;
    for (const [role, side, peerUid] of [
      ['desktop', desktop, bobAtAlice],
      ['desktop', desktop, carolAtAlice],
      ['laptop', laptop, bobAtAlice],
      ['laptop', laptop, carolAtAlice],
      ['bob', bob, aliceAtBob],
      ['carol', carol, aliceAtCarol],
    ] as const) {
      this.rows.set(`${role} ${peerUid}`, conversationOf(side, peerUid));
    }
  }

  of(role: Role, peerUid: string): StoredMessage[] {
    return this.rows.get(`${role} ${peerUid}`) ?? [];
  }

  /** [role, peerUid, rows] for every conversation held. */
  all(): [Role, string, StoredMessage[]][] {
    return [...this.rows].map(([key, rows]) => {
      const [role, peerUid] = key.split(' ');
      return [role as Role, peerUid ?? '', rows];
    });
  }

  withText(holder: Holder, text: string): StoredMessage[] {
    return this.of(holder.role, holder.peerUid).filter((m) => m.message.text === text);
  }

  /** "desktop=sent laptop=sent bob=–" for one message, over its stream's holders. */
  describe(stream: Stream, text: string): string {
    return stream.holders
      .map((h) => {
        const rows = this.withText(h, text);
        const states = rows.map((m) => m.state + (m.failureReason ? `(${m.failureReason})` : ''));
        return `${h.role}=${states.join('+') || '–'}`;
      })
      .join(' ');
  }
}

/** One whole conversation, oldest first (every page). */
export function conversationOf(side: Side, peerUid: string): StoredMessage[] {
  const out: StoredMessage[] = [];
  let before: MessageCursor | undefined;
  do {
    const page = side.profile.messages.listMessages(peerUid, { limit: 500, before });
    out.push(...page.messages);
    before = page.nextCursor;
  } while (before);
  return out.reverse();
}

function label(s: SentRecord): string {
  return `${s.text} (${s.outcome}${s.uuid ? ` ${s.uuid}` : ''})`;
}

/** On every device that should hold it, exactly once, in the right direction. */
function checkCopies(snap: Snapshot, sends: readonly SentRecord[], out: string[]): void {
  for (const s of sends) {
    if (s.outcome === 'error') out.push(`[send-error] ${s.text}: ${s.error ?? ''}`);
    const origin = s.stream.holders[0];
    // A send that did not return but left a row on its device is a message the user sees: it
    // must get everywhere too.
    const committed =
      s.outcome === 'returned' || (origin && snap.withText(origin, s.text).length > 0);
    for (const h of s.stream.holders) {
      const rows = snap.withText(h, s.text);
      const where = () => snap.describe(s.stream, s.text);
      if (rows.length > 1)
        out.push(`[duplicate] ${label(s)} ×${rows.length} on ${h.role}: ${where()}`);
      if (rows.length === 0 && committed)
        out.push(`[missing] ${label(s)} not on ${h.role}: ${where()}`);
      const row = rows[0];
      if (row && row.outbound !== h.outbound) out.push(`[direction] ${label(s)} on ${h.role}`);
      if (row && s.uuid && row.uuid !== s.uuid)
        out.push(`[uuid] ${label(s)} is ${row.uuid} on ${h.role}`);
    }
  }
}

/** Rows nobody sent (or from a crashed setup). */
function checkUnknown(snap: Snapshot, sends: readonly SentRecord[], out: string[]): void {
  const known = new Set(sends.map((s) => s.text));
  for (const [role, , rows] of snap.all()) {
    for (const m of rows) {
      if (!known.has(m.message.text)) out.push(`[unexpected] "${m.message.text}" on ${role}`);
    }
  }
}

/** Per sender stream, the stored order is the order it sent in. */
function checkOrder(snap: Snapshot, sends: readonly SentRecord[], out: string[]): void {
  const index = new Map(sends.map((s) => [s.text, s]));
  const streams = new Map(sends.map((s) => [s.stream.label, s.stream]));
  for (const stream of streams.values()) {
    for (const h of stream.holders) {
      const seq = snap
        .of(h.role, h.peerUid)
        .map((m) => index.get(m.message.text))
        .filter((s) => s?.stream.label === stream.label);
      for (let i = 1; i < seq.length; i++) {
        const [prev, cur] = [seq[i - 1], seq[i]];
        if (prev && cur && cur.index <= prev.index) {
          out.push(`[order] ${stream.label} on ${h.role}: ${cur.text} stored after ${prev.text}`);
        }
      }
    }
  }
}

/** No outbound row left pending, pending_forward or failed, on any device. */
function checkStuck(snap: Snapshot, out: string[]): void {
  for (const [role, , rows] of snap.all()) {
    for (const m of rows) {
      if (!m.outbound || !STUCK.includes(m.state)) continue;
      const reason = m.failureReason ? ` (${m.failureReason})` : '';
      out.push(`[stuck] "${m.message.text}" ${m.uuid} is ${m.state}${reason} on ${role}`);
    }
  }
}

/** Both of Alice's devices hold the same messages in the same states. */
function checkAgreement(world: World, snap: Snapshot, out: string[]): void {
  for (const peerUid of [world.uids.bobAtAlice, world.uids.carolAtAlice]) {
    const desk = new Map(snap.of('desktop', peerUid).map((m) => [m.uuid, m]));
    const lap = new Map(snap.of('laptop', peerUid).map((m) => [m.uuid, m]));
    for (const uuid of new Set([...desk.keys(), ...lap.keys()])) {
      const [d, l] = [desk.get(uuid), lap.get(uuid)];
      const text = d?.message.text ?? l?.message.text ?? '';
      if (d?.state === l?.state) continue;
      out.push(
        `[disagree] "${text}" ${uuid}: desktop=${d?.state ?? '–'} laptop=${l?.state ?? '–'}`,
      );
    }
  }
}

/** The row a returned markRead marked is read where it was marked. */
function checkReads(snap: Snapshot, reads: readonly ReadRecord[], out: string[]): void {
  for (const r of reads) {
    if (r.outcome !== 'returned') continue;
    const row = snap.of(r.role, r.peerUid).find((m) => m.uuid === r.uuid);
    if (row?.state !== 'read') {
      out.push(
        `[read-not-stored] ${r.uuid} "${row?.message.text ?? '?'}" is ${row?.state ?? '–'} on ${r.role}`,
      );
    }
  }
}

/**
 * Receipts: every outbound message delivered, and every returned read reached the sender's
 * copies (Alice's two devices, or the contact). Reported, not asserted.
 */
function checkReceipts(snap: Snapshot, reads: readonly ReadRecord[], out: string[]): void {
  for (const [role, , rows] of snap.all()) {
    for (const m of rows) {
      if (m.outbound && m.state === 'sent')
        out.push(`[no-delivery-receipt] "${m.message.text}" on ${role}`);
    }
  }
  const byUuid = new Map<string, [Role, StoredMessage][]>();
  for (const [role, , rows] of snap.all()) {
    for (const m of rows) byUuid.set(m.uuid, [...(byUuid.get(m.uuid) ?? []), [role, m]]);
  }
  for (const r of reads) {
    if (r.outcome !== 'returned') continue;
    for (const [role, m] of byUuid.get(r.uuid) ?? []) {
      if (m.outbound && m.state !== 'read')
        out.push(`[no-read-receipt] "${m.message.text}" read on ${r.role}, ${m.state} on ${role}`);
    }
  }
}

export function verify(
  world: World,
  sends: readonly SentRecord[],
  reads: readonly ReadRecord[],
): Verdict {
  const snapshot = new Snapshot(world);
  const problems: string[] = [];
  checkCopies(snapshot, sends, problems);
  checkUnknown(snapshot, sends, problems);
  checkOrder(snapshot, sends, problems);
  checkStuck(snapshot, problems);
  checkAgreement(world, snapshot, problems);
  checkReads(snapshot, reads, problems);
  const receipts: string[] = [];
  checkReceipts(snapshot, reads, receipts);
  return { problems, receipts, snapshot };
}

/** "desktop→bob=40(in 14; delivered:20,…)" per conversation, for the per-seed report. */
export function summarize(world: World, snap: Snapshot): string {
  const parts = snap.all().map(([role, peerUid, rows]) => {
    const other =
      role === 'bob' || role === 'carol'
        ? 'alice'
        : peerUid === world.uids.bobAtAlice
          ? 'bob'
          : 'carol';
    const inbound = rows.filter((m) => !m.outbound).length;
    const states = new Map<string, number>();
    for (const m of rows) states.set(m.state, (states.get(m.state) ?? 0) + 1);
    const hist = [...states].map(([s, n]) => `${s}:${n}`).join(',');
    return `${role}→${other}=${rows.length}(in ${inbound}; ${hist})`;
  });
  return parts.join(' ');
}
