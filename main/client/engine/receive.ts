/**
 * Receiving a unit of entries pulled from one contact's queue (inbound.ts), inside the
 * contact's queue. The per-message order of DESIGN.md §3, done once per unit:
 *   1. dedup by envelope hash, then open every entry in order, in memory (PeerSession: pure).
 *      A bad entry is reported by code and skipped; the ratchet state does not move past it;
 *   2. ONE transaction: every hash, every message (or applied ack), the delivery acks owed
 *      (one acks_owed_units row for the unit) and, with sibling devices, every `msg` sync owed to them (sync outbox) — an
 *      entry whose writes fail is dropped and the unit redone without it;
 *   3. emit what 2 stored (committed without an fsync, so visible at once), wait until 2 is on
 *      disk (the WAL fdatasynced off this thread), then ONE storePeer of the final ratchet —
 *      after 2 is durable, so a crash or power cut in between re-delivers entries whose keys
 *      the stored ratchet still holds;
 *   4. the owed acks: sealed in the same session as ONE ack message carrying many uuids, the
 *      peer stored again, then ONE transaction queues the job and removes its acks from
 *      acks_owed (acks.ts; outbound.ts's order: the ratchet step is durable before the sealed
 *      bytes exist anywhere, so no key is used twice). While more of a backlog follows at once
 *      (UnitHint), they wait in acks_owed for a later unit: a round of up to
 *      MAX_OWED_PER_ROUND is sealed when the backlog ends or the round is full;
 *   5. (before 4) send the `msg` syncs recorded in 2 (devices/sync-dispatch.ts). They were recorded with the
 *      messages, so a crash before they leave cannot lose them: the dispatcher sends them on
 *      the next start, while the re-delivered entries are dropped by their hashes.
 * Entries that could not be opened are kept to hand on to another primary (unopened.ts).
 * The poll worker acks the relay cursor only after this returned. Crash after 2, before 3: the
 * unit is re-delivered; its hashes are known so nothing is stored or emitted twice, and each
 * such entry is only opened to spend the message key the lost ratchet write would have spent
 * (`heal`: a receiving key decrypting the same bytes again, never encrypting), so no key is
 * left behind. Crash before 4's transaction: the acks are still owed and are queued on the next
 * start, sealed anew from the stored state (a sealed-but-unqueued ack only burns a key, which
 * the contact skips).
 */
import { envelopeHash } from '../../../core/envelope';
import { AppError, isAppError } from '../../../core/errors';
import { meow } from '../../../proto';
import type { OwedAck } from '../../storage';
import type { Peer } from '../model';
import {
  acceptReset,
  INVITATION_ANSWER_TYPE,
  PeerSession,
  RESET_READY_TYPE,
  SESSION_RESET_TYPE,
} from '../peers';
import { answerReset, finishReset, owesResetAnswer } from './session-reset';
import {
  ADDRESS_DRAIN_MS,
  ADDRESS_TEST_TYPE,
  ADDRESS_UPDATE_TYPE,
  applyAddressMessage,
  confirmAddress,
  previousChannel,
} from './rotation';
import { MAX_OWED_PER_ROUND, sendOwedAcks } from './acks';
import type { EngineContext } from './context';
import { isStorageUnavailable } from './failures';
import { keepUnopened } from './unopened';
import { applyModification, isModification, patchOf, withoutDeletedTexts } from './modify-in';
import type { Emitted } from './events';
import { hasDevices, queueMessageSync, queuePeerSync } from '../devices';
import { storeTimerChange, takeAnnouncedTimer, timerTaken } from './expiry';
import { EXPIRY_TIMER_TYPE } from './expiry-fields';
import { applyAcks, inboundRow, type OweAck, store } from './receive-store';

export { inboundRow } from './receive-store';

/** What the poll worker knows about what follows a unit. */
export interface UnitHint {
  /**
   * More entries of this queue follow at once (later units of the batch, or the relay said
   * `more`): the delivery acks owed may wait for them, to go out as fewer, fuller messages.
   */
  readonly more: boolean;
}

interface Accepted {
  readonly index: number;
  readonly hash: Uint8Array;
  readonly message: meow.UserMessage;
  /** A queue rotation message applied to the session (rotation.ts). */
  readonly address?: 'updated' | 'confirmed' | undefined;
  /** The message moved the conversation's disappearing-message timer (expiry.ts). */
  readonly timer?: boolean;
}

interface Committed {
  readonly events: Emitted[];
  /** `msg` syncs were recorded for the sibling devices. */
  readonly synced: boolean;
  /** Resolves once the unit's commit is on disk (MessageDb `transactionSyncedLater`). */
  readonly durable: Promise<void>;
}

interface Received extends Committed {
  /** The delivery acks to send now (none while more of a backlog follows). */
  readonly owed: OwedAck[];
  /** The contact's session, its state stored: the acks are sealed from it. */
  readonly session: PeerSession;
  /** The contact restarted the session (session-reset.ts answers it). */
  readonly reset: boolean;
  /** Messages opened on the current session (the first one answers a reset of ours). */
  readonly opened: number;
  /** Queue rotation steps in this unit. */
  readonly address: ReadonlySet<Accepted['address']>;
  /** The dispatcher's pass sending the `msg` syncs recorded in 2 (never rejects). */
  readonly syncsSent: Promise<void> | undefined;
}

/** Entry index → error code of the entries refused so far. */
type Refused = Map<number, string>;

/** An entry whose writes failed inside the unit's transaction (which then rolls back whole). */
class EntryFailed extends Error {
  constructor(
    readonly index: number,
    readonly code: string,
  ) {
    super(code);
  }
}

const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');

const codeOf = (err: unknown): string => (isAppError(err) ? err.code : 'INTERNAL');

/**
 * Handles `entries` (one unit, in queue order) from the contact `peer`. Throws only when local
 * storage is unavailable (then nothing may be acked at the relay); every other failure is
 * reported per entry.
 */
export async function receiveUnit(
  ctx: EngineContext,
  peer: Peer,
  entries: readonly meow.PackedUserMessage[],
  hint: UnitHint = { more: false },
): Promise<void> {
  const refused: Refused = new Map();
  let received: Received | undefined;
  try {
    received = await receive(ctx, peer, entries, refused, hint);
  } catch (err) {
    // Storage unavailable: nothing may be acked at the relay (poll worker backs off).
    if (isStorageUnavailable(err)) throw err;
    // Storage failed as a whole (a commit, the ratchet write): nothing is announced, and
    // every entry reports the code. Messages committed before a failed ratchet write stay
    // stored with their acks owed; their re-delivery heals the ratchet.
    entries.forEach((_, i) => {
      if (!refused.has(i)) refused.set(i, codeOf(err));
    });
  }
  // Entries that did not open may be sealed on another device's session (a takeover race):
  // kept to hand on, before we return and the poll worker acks them (unopened.ts).
  await keepUnopened(ctx, peer.uid, entries, refused);
  report(ctx, peer.uid, refused);
  if (!received) return;
  await announce(ctx, peer, received);
  if (received.reset) await answerReset(ctx, peer.uid);
  else if (peer.resetPending && received.opened > 0) await finishReset(ctx, peer.uid);
  await afterRotation(ctx, peer.uid, received);
}

/** The contact moved its queue: confirm at the new one. Ours was confirmed: drain, then drop. */
async function afterRotation(ctx: EngineContext, peerUid: string, received: Received) {
  if (received.address.has('updated')) {
    const siblings = await hasDevices(ctx);
    const also = () => {
      if (siblings) queuePeerSync(ctx, peerUid); // the contact's new address, for a takeover
    };
    await confirmAddress(ctx, peerUid, also);
    if (siblings) await ctx.syncs.flush();
  }
  if (received.address.has('confirmed')) {
    setTimeout(() => {
      ctx.wakePoll();
    }, ADDRESS_DRAIN_MS + 1_000).unref();
  }
}

function report(ctx: EngineContext, peerUid: string, refused: Refused): void {
  for (const index of [...refused.keys()].sort((a, b) => a - b)) {
    ctx.events.emit('error', { where: 'poll.entry', code: refused.get(index) ?? '', peerUid });
  }
}

/** Steps 1–3: returns what was committed (and announced), with the session. */
async function receive(
  ctx: EngineContext,
  peer: Peer,
  entries: readonly meow.PackedUserMessage[],
  refused: Refused,
  hint: UnitHint,
): Promise<Received> {
  const hashes = entries.map((e) => envelopeHash(e));
  const db = ctx.profile.messages;
  const seen = db.knownEnvelopes(hashes);
  const known = new Set(hashes.flatMap((h, i) => (seen.has(hex(h)) ? [i] : [])));
  // The device list is read (a LevelDB trip through the thread pool) while the entries are
  // opened on this thread, rather than before: it was one more wait on every message's way.
  const siblings = hasDevices(ctx);
  siblings.catch(() => undefined); // awaited below; only an early throw would leave it alone
  let unit: Unit | undefined;
  // A unit comes from one queue: ours, or the one a rotation left behind (rotation.ts).
  const channel =
    previousChannel(peer, entries[0]?.destination ?? new Uint8Array(0)) ?? ctx.channels.of(peer);
  for (;;) {
    const session = new PeerSession(peer, { now: ctx.now(), channel });
    const accepted = openAll(session, entries, hashes, known, refused, ctx.now());
    unit ??= { ctx, peer, siblings: await siblings, more: hint.more };
    let committed: Committed;
    try {
      committed = commit(unit, accepted);
    } catch (err) {
      if (!(err instanceof EntryFailed)) throw err;
      refused.set(err.index, err.code);
      continue; // redo without it: opening is pure, and the transaction left nothing behind
    }
    // Announced as soon as they are committed, before they are on disk: nothing outside the
    // database builds on them until `durable` (the ratchet write waits for it, the acks for
    // that write), so a power cut before it loses the unit with its ratchet step and its ack,
    // and the relay delivers it again. A crash before the ratchet write is healed by that
    // re-delivery, whose entries' hashes are known so nothing is announced twice. Keeps both
    // fsyncs off the way to the screen. Except the first messages of an answered
    // relationship: they finalize it in that write, and their events must show it finalized.
    const early = peer.invitationStep !== 'answered';
    if (early) emitAll(ctx, committed.events);
    // Sealed for the siblings at once: a sync whose record a power cut then takes is sent again
    // with the re-delivered message, and a sibling keeps one copy of a message by its uuid.
    const syncsSent = committed.synced ? ctx.syncs.flush() : undefined;
    await committed.durable;
    if (session.changed) await ctx.profile.peers.storePeer(peer.uid, session.peer());
    if (!early) emitAll(ctx, committed.events);
    const reset = accepted.some((a) => a.message.type === SESSION_RESET_TYPE);
    const address = new Set(accepted.map((a) => a.address));
    const owed = acksToSend(unit);
    return { ...committed, owed, session, reset, opened: accepted.length, address, syncsSent };
  }
}

/** Step 1: opens every entry not refused yet, in order; what is kept moves the session on. */
function openAll(
  session: PeerSession,
  entries: readonly meow.PackedUserMessage[],
  hashes: readonly Uint8Array[],
  known: ReadonlySet<number>,
  refused: Refused,
  now: number,
): Accepted[] {
  const accepted: Accepted[] = [];
  const taken = new Set<string>(); // hashes accepted in this unit (a push retried by the sender)
  entries.forEach((packed, index) => {
    const hash = hashes[index] ?? new Uint8Array(0);
    const hexHash = hex(hash);
    if (refused.has(index)) return;
    if (known.has(index) || taken.has(hexHash)) {
      if (heal(session, packed, now)) accepted.push({ index, hash, message: resetMark(session) });
      return;
    }
    try {
      const { message, accept } = session.open(packed);
      requireStorable(message);
      accept();
      taken.add(hexHash);
      // Only the two rotation types are looked at (applyAddressMessage reads `peer()`, which
      // serializes the whole ratchet: once per message it cost more than the decrypt).
      const address = ADDRESS_TYPES.has(message.type)
        ? applyAddressMessage(session, message, now)
        : undefined;
      accepted.push({ index, hash, message, address, timer: takeAnnouncedTimer(session, message) });
    } catch (err) {
      // A reset is built like an invitation answer (symmetric layer outermost), so the
      // chat opener fails on its outer layer: only then is it tried as a reset.
      const outer =
        isAppError(err, 'ENVELOPE_BOX_FAILED') || isAppError(err, 'ENVELOPE_SYM_FAILED');
      const reset = outer && restarted(session, packed, now);
      if (!reset) {
        refused.set(index, codeOf(err));
        return;
      }
      taken.add(hexHash);
      accepted.push({ index, hash, message: resetMark(session) });
    }
  });
  return accepted;
}

/** A session reset from the contact (peers/reset.ts): the session continues on it. */
function restarted(session: PeerSession, packed: meow.PackedUserMessage, now: number): boolean {
  try {
    session.restart(acceptReset(session.peer(), packed, now));
    return true;
  } catch {
    return false; // not a reset either: refused with the ratchet's code
  }
}

/**
 * An envelope stored before. Normally its key is spent and opening fails: a duplicate, dropped
 * silently. If it opens, a crash came between its transaction and the ratchet write: spend the
 * key now. Its message and owed ack are durable already; nothing else changes.
 */
function heal(session: PeerSession, packed: meow.PackedUserMessage, now: number): boolean {
  try {
    session.open(packed).accept();
    return false;
  } catch (err) {
    // A plain duplicate, or a reset taken before the crash but not stored: taken again (a
    // reset already stored is refused by its `reset_at`); its answer is owed already.
    return isOuterLayer(err) && restarted(session, packed, now);
  }
}

/** Stands for a reset taken in a unit: its time is the session's new `lastResetAt`. */
function resetMark(session: PeerSession): meow.UserMessage {
  const sent = session.peer().lastResetAt ?? 0;
  return meow.UserMessage.create({ type: SESSION_RESET_TYPE, status: { sent } });
}

/** The chat opener failed on the outer layer: the entry may be a session reset. */
function isOuterLayer(err: unknown): boolean {
  return isAppError(err, 'ENVELOPE_BOX_FAILED') || isAppError(err, 'ENVELOPE_SYM_FAILED');
}

/** What would fail inside the transaction is refused before it, while it is still pure. */
function requireStorable(message: meow.UserMessage): void {
  if (message.type === INVITATION_ANSWER_TYPE) {
    throw new AppError('INVITATION_ALREADY_USED', 'answer on a finalized relationship');
  }
  if (message.type === SESSION_RESET_TYPE) {
    throw new AppError('PROTO_INVALID_FIELD', 'a session reset inside the session');
  }
  if (message.type !== 'ack' && (message.status?.uuid ?? '') === '') {
    throw new AppError('PROTO_INVALID_FIELD', 'message without uuid');
  }
  if (isModification(message.type)) patchOf(message); // an edit or delete names what it changes
}

/** Messages about the session or the queue, not chat: applied in openAll, never stored. */
const SESSION_TYPES = new Set([
  SESSION_RESET_TYPE,
  RESET_READY_TYPE,
  ADDRESS_UPDATE_TYPE,
  ADDRESS_TEST_TYPE,
]);

/** The queue rotation messages (rotation.ts): applied to the session as they are opened. */
const ADDRESS_TYPES = new Set([ADDRESS_UPDATE_TYPE, ADDRESS_TEST_TYPE]);

/** What every step of one unit's commit needs. */
interface Unit {
  readonly ctx: EngineContext;
  readonly peer: Peer;
  /** Sibling devices exist: each stored or changed message records its `msg` sync. */
  readonly siblings: boolean;
  /** More of the backlog follows at once (UnitHint): the owed acks may wait for it. */
  readonly more: boolean;
}

/**
 * Step 4's acks: every ack owed to the contact, read after the unit is announced (the contact's
 * queue keeps them as they are meanwhile). While more of the backlog follows, they wait
 * (durably, in acks_owed) until a round is full or the backlog ends: one seal, one ratchet
 * write and one queued transaction for thousands of acks rather than per unit. If the loop
 * stops first they are still owed, and sealed at the next start (acks.ts `queueOwedAcks`) or
 * with the contact's next unit.
 */
function acksToSend(unit: Unit): OwedAck[] {
  const db = unit.ctx.profile.messages;
  const uid = unit.peer.uid;
  const waits = unit.more && db.countAcksOwed(uid, MAX_OWED_PER_ROUND) < MAX_OWED_PER_ROUND;
  return waits ? [] : db.acksOwed(uid, MAX_OWED_PER_ROUND);
}

/** Step 2: one transaction for the whole unit, returning the events (announced by the caller). */
function commit(unit: Unit, accepted: readonly Accepted[]): Committed {
  const db = unit.ctx.profile.messages;
  if (accepted.length === 0) return { events: [], synced: false, durable: Promise.resolve() };
  const { result, durable } = db.transactionSyncedLater(() => {
    const events: Emitted[] = [];
    // Every delivery ack the unit owes, recorded as one row (storage/acks-owed.ts) in this
    // transaction: as durable as a row per message, without a B-tree insert per message.
    const acks: OwedAck[] = [];
    const owe = (ack: OwedAck) => {
      acks.push(ack);
    };
    for (const entry of accepted) {
      try {
        events.push(...commitOne(unit, entry, owe));
      } catch (err) {
        throw new EntryFailed(entry.index, codeOf(err));
      }
    }
    db.addAcksOwedForUnit(unit.peer.uid, acks);
    if (accepted.some((a) => a.timer))
      events.push(...timerTaken(unit.ctx, unit.peer, unit.siblings));
    const settled = withoutDeletedTexts(unit.ctx, unit.peer.uid, events);
    return { events: settled, synced: unit.siblings && events.length > 0 };
  });
  return { ...result, durable };
}

function commitOne(unit: Unit, entry: Accepted, owe: OweAck): Emitted[] {
  const { ctx, peer } = unit;
  // Already recorded cannot happen (checked before opening, under the contact's queue); if it
  // did, storing nothing is the safe answer.
  if (ctx.profile.messages.seenEnvelope(entry.hash)) return [];
  // A reset (taken in openAll) and the contact's answer to ours are session events, not chat.
  const type = entry.message.type;
  // Owed in the reset's own transaction; session-reset.ts answers it (again after a crash).
  if (type === SESSION_RESET_TYPE) owesResetAnswer(ctx, peer.uid, entry.message.status?.sent ?? 0);
  if (SESSION_TYPES.has(type)) return [];
  // Blocked: the envelope is recorded (and the relay acked) but nothing is stored, owed,
  // synced or announced; the session itself stays whole for an unblock (contacts.ts).
  if (peer.blocked) return [];
  const emitted =
    type === 'ack'
      ? applyAcks(ctx, peer.uid, entry.message)
      : isModification(type)
        ? applyModification(ctx, peer.uid, entry.message, false)
        : type === EXPIRY_TIMER_TYPE
          ? storeTimerChange(ctx, peer, inboundRow(entry.message, ctx.now()), owe)
          : store(ctx, peer, entry.message, owe);
  // The siblings' copy of every change, in the change's transaction (never after it).
  if (unit.siblings) {
    for (const e of emitted) queueMessageSync(ctx, peer.uid, (e.payload as { uuid: string }).uuid);
  }
  return emitted;
}

function emitAll(ctx: EngineContext, events: Committed['events']): void {
  for (const event of events) ctx.events.emit(event.name, event.payload as never);
}

/**
 * Steps 5 then 4: the messages (announced), their syncs and the ratchet are durable. The
 * siblings' `msg` syncs are sealed and queued before the acks, so the user's other devices
 * show the message without waiting for the ack's round trip; the contact's ack follows.
 */
async function announce(ctx: EngineContext, peer: Peer, received: Received): Promise<void> {
  await received.syncsSent;
  try {
    await sendOwedAcks(ctx, received.session, peer, received.owed);
  } catch (err) {
    ctx.events.emit('error', { where: 'poll.entry', code: codeOf(err), peerUid: peer.uid });
  }
}
