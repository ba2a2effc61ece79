/**
 * Sealing and queueing one message to a peer. Must run inside the peer's queue (KeyedQueue).
 *
 * Crash-safety ordering (why this order):
 *   1. seal (pure: returns the advanced Peer, changes nothing on disk);
 *   2. storePeer(advanced Peer) — the ratchet step is durable BEFORE the sealed bytes exist
 *      anywhere else, so no restart can ever seal a second message from the same ratchet state
 *      (that would reuse a message key and nonce);
 *   3. ONE SQLite transaction enqueues the job holding the sealed bytes;
 *   4. wake the send worker.
 * A chat message's row ('pending', with its sibling syncs) holds no sealed byte, so it commits
 * (fsynced) WHILE step 2's write is fsynced on libuv's thread pool — the sender pays one fsync
 * wait instead of two in a row — and step 3 then commits without an fsync (MessageDb
 * `redoableTransaction`). A crash (or a power cut losing step 3) leaves a `pending` row without
 * a job, which start-up repair seals anew and sends (repair.ts); the contact keeps one copy of
 * a message by its uuid (receive-store.ts) and acks it again. A crash between 2 and the row's
 * commit burns the keys: the receiver skips them (bounded skipped keys), and sendText never
 * returned. After 3 the job survives restarts and a retry resends identical bytes (receiver
 * dedups by envelope hash).
 * Delivery acks follow steps 1–4 in batches (acks.ts): sealed in a PeerSession, the peer
 * stored, then one transaction queues the jobs and removes the acks they carry from acks_owed.
 * Chat messages sent together (sealAndQueueGroup, group commit in messaging.ts) take one ratchet
 * write, one row transaction and one job transaction per group of up to MAX_GROUP.
 */
import { randomUUID } from 'node:crypto';
import type { meow } from '../../../proto';
import { fromB64, toB64 } from '../b64';
import { AppError } from '../../../core/errors';
import { grantsSend } from '../../../core/lookup';
import type { OwedAck } from '../../storage';
import type { Peer } from '../model';
import { PeerSession, sealForPeer } from '../peers';
import { storeOf, type EngineContext } from './context';
import { encodeJobPayload, newJobId, type JobKind } from './jobs';

export interface QueueOptions {
  readonly kind: JobKind;
  /** Stored in the same transaction as the job (chat messages). */
  readonly dbMessage?: meow.IDbMessage;
  /** A failed message being retried: moved back to 'pending' in the job's transaction. */
  readonly retryUuid?: string;
  /** A fixed job id (device syncs: `dev_{devPeerUid}_{dedupId}`); default: a fresh one. */
  readonly jobId?: string;
  /** Owed acks this job carries (acks.ts): removed from acks_owed in the job's transaction. */
  readonly settles?: readonly OwedAck[];
  /**
   * More writes that must commit with the job (e.g. the sibling sync of the message,
   * sync-out.ts): never "commit, then queue".
   */
  readonly also?: () => void;
}

/** One sealed message waiting for step 3. */
export interface SealedJob {
  readonly packed: meow.IPackedUserMessage;
  readonly options: QueueOptions;
  /** The message's uuid (status.uuid), recorded on 'message' jobs. */
  readonly uuid: string;
}

/** Whether the contact's queue is known (nothing can be sealed to it before). */
export function isReady(peer: Peer): boolean {
  return peer.contactLookupKey !== null && peer.contactPullServers.length > 0;
}

/**
 * A chat message waits as `pending` with no job while it cannot be sealed yet: before the
 * contact accepted our invitation (`sendHeld` seals it at finalization, inbound.ts; start-up
 * repair after a crash in between), and while our session reset is unanswered (session-reset.ts
 * `finishReset`). Anything else (an ack) needs a ready contact: PEER_NOT_READY.
 */
export async function sealAndQueue(
  ctx: EngineContext,
  peer: Peer,
  message: meow.IUserMessage,
  options: QueueOptions,
): Promise<Peer> {
  const ready = isReady(peer);
  if (!ready && options.kind !== 'message') {
    throw new AppError('PEER_NOT_READY', 'the contact has not finalized the invitation yet');
  }
  if (!ready || peer.resetPending) {
    if (options.kind === 'message') holdMessage(ctx, peer, options);
    return peer;
  }
  const now = ctx.now();
  const outgoing = options.kind === 'message' ? forContact(message, now) : message;
  const sealed = sealForPeer(peer, outgoing, { now, channel: ctx.channels.of(peer) });
  const job = { packed: sealed.packed, options, uuid: message.status?.uuid ?? '' };
  if (options.kind === 'message') {
    await storeAndQueueMessages(ctx, peer, sealed.peer, [job]);
    return sealed.peer;
  }
  await storeOf(ctx, peer).storePeer(peer.uid, sealed.peer);
  queueJobs(ctx, peer, [job]);
  return sealed.peer;
}

/**
 * A chat message as the contact receives it (PROTOCOL.md §3 "Sent time"): `status.sent` is the
 * sealing device's clock now, rounded down to the second, whichever device wrote it, so a
 * `forward` sealed by the primary looks like a message written there. Our stored row keeps the
 * writer's exact time (the caller's object is not changed).
 */
export function forContact(message: meow.IUserMessage, now: number): meow.IUserMessage {
  return { ...message, status: { ...message.status, sent: now - (now % 1000) } };
}

function holdMessage(ctx: EngineContext, peer: Peer, options: QueueOptions): void {
  holdMessages(ctx, peer, [options]);
}

/** Messages that cannot be sealed yet (see sealAndQueue), stored in one transaction. */
function holdMessages(ctx: EngineContext, peer: Peer, all: readonly QueueOptions[]): void {
  const db = ctx.profile.messages;
  db.transaction(() => {
    for (const options of all) {
      if (options.dbMessage) db.insertMessage(peer.uid, options.dbMessage);
      if (options.retryUuid) db.updateState(peer.uid, options.retryUuid, 'pending');
      options.also?.();
    }
  });
}

/** One chat message of a group (sealAndQueueGroup). */
export interface GroupMessage {
  readonly message: meow.IUserMessage;
  readonly options: QueueOptions & { readonly kind: 'message' };
}

/**
 * Most messages sealed under one ratchet write. A crash between that write and the group's
 * transaction spends the group's keys with nothing sent: the receiver skips them, and must not
 * have to skip more than MAX_SKIP (1000) in one chain, even after a few such crashes in a row.
 */
export const MAX_GROUP = 200;

/**
 * sealAndQueue for several chat messages of one peer at once (group commit, messaging.ts), in
 * the same crash-safety order: seal them all in a PeerSession (pure), store the advanced peer
 * ONCE (fsynced) before any sealed byte exists elsewhere — while ONE transaction inserts every
 * message (`pending`, with its sibling syncs) — then one transaction queues their jobs, then
 * one wake. A message whose seal fails is left out (its entry in the
 * result is the error; the session is unchanged by it); a failure of the ratchet write or the
 * transaction throws for the whole group, as it would for one message. At most MAX_GROUP.
 */
export async function sealAndQueueGroup(
  ctx: EngineContext,
  peer: Peer,
  group: readonly GroupMessage[],
): Promise<{ peer: Peer; errors: unknown[] }> {
  if (group.length > MAX_GROUP) throw new AppError('INTERNAL', 'send group too large');
  const errors: unknown[] = group.map(() => undefined);
  if (!isReady(peer) || peer.resetPending) {
    holdMessages(
      ctx,
      peer,
      group.map((g) => g.options),
    );
    return { peer, errors };
  }
  const now = ctx.now();
  const session = new PeerSession(peer, { now, channel: ctx.channels.of(peer) });
  const jobs: SealedJob[] = [];
  group.forEach(({ message, options }, i) => {
    try {
      const packed = session.seal(forContact(message, now));
      jobs.push({ packed, options, uuid: message.status?.uuid ?? '' });
    } catch (err) {
      errors[i] = err;
    }
  });
  if (jobs.length === 0) return { peer, errors };
  const advanced = session.peer();
  await storeAndQueueMessages(ctx, peer, advanced, jobs);
  return { peer: advanced, errors };
}

/**
 * Chat messages sealed into `advanced`: their rows, then their jobs once the ratchet is stored.
 */
async function storeAndQueueMessages(
  ctx: EngineContext,
  peer: Peer,
  advanced: Peer,
  jobs: readonly SealedJob[],
): Promise<void> {
  // The ratchet write (fsynced on libuv's thread pool) and the rows' commit (fsynced on this
  // thread) overlap: the rows hold no sealed byte, so the order above still holds — the sealed
  // bytes are written, as jobs, only once the ratchet step is durable.
  const ratchet = storeOf(ctx, peer).storePeer(peer.uid, advanced);
  try {
    holdMessages(
      ctx,
      peer,
      jobs.map((j) => j.options),
    );
  } catch (err) {
    await ratchet.catch(() => undefined); // keys spent for nothing: the contact skips them
    throw err;
  }
  // A failed ratchet write leaves the rows `pending` without a job, as a crash here would:
  // start-up repair seals and sends them (repair.ts).
  await ratchet;
  queueJobs(ctx, peer, jobs.map(jobOnly), undefined, 'redoable');
  ctx.sealedHere.record(
    advanced,
    jobs.map((j) => j.uuid),
  );
}

/**
 * The job of a message whose row is committed already. Its transaction is redoable: lost to a
 * power cut, the row is `pending` without a job and start-up repair seals it anew; a copy the
 * contact got before is kept once by its uuid (receive-store.ts) and acked again.
 */
function jobOnly({ packed, uuid, options }: SealedJob): SealedJob {
  return { packed, uuid, options: { kind: options.kind, jobId: options.jobId } };
}

/** Step 3 and 4 above; also used for the invitation answer (sealed outside the ratchet). */
export function queueSealed(
  ctx: EngineContext,
  peer: Peer,
  packed: meow.IPackedUserMessage,
  options: QueueOptions,
  uuid: string,
): void {
  queueJobs(ctx, peer, [{ packed, options, uuid }]);
}

/**
 * How the jobs' transaction commits. 'redoable': without an fsync (MessageDb
 * `redoableTransaction`), for jobs that settle a durable record which a lost commit leaves in
 * place to be sealed anew (acks_owed, sync_outbox), and whose copies the receiver drops.
 */
export type JobsCommit = 'durable' | 'redoable';

/**
 * Step 3 and 4 for several sealed messages at once: one transaction, one wake. `also` runs
 * inside that transaction.
 */
export function queueJobs(
  ctx: EngineContext,
  peer: Peer,
  jobs: readonly SealedJob[],
  also?: () => void,
  commit: JobsCommit = 'durable',
): void {
  const now = ctx.now();
  // A group's jobs share their destination: its token is looked up once.
  const tokens = new Map<string, Uint8Array>();
  const tokenFor = (destination: Uint8Array): Uint8Array => {
    const key = toB64(destination);
    let token = tokens.get(key);
    if (!token) tokens.set(key, (token = sendTokenFor(peer, destination)));
    return token;
  };
  const rows = jobs.map((job) => {
    const destination =
      job.packed.destination ?? fromB64(peer.contactLookupKey ?? '', 'lookup key');
    const payload = encodeJobPayload({
      servers: peer.contactPullServers,
      destination,
      sendToken: tokenFor(destination),
      payload: job.packed.payload ?? new Uint8Array(0),
      messageUuid: job.options.kind === 'message' ? job.uuid : '',
    });
    return { job, jobId: job.options.jobId ?? newJobId(now), payload };
  });
  const db = ctx.profile.messages;
  const write = () => {
    for (const { job, jobId, payload } of rows) {
      const { dbMessage, retryUuid, settles, kind } = job.options;
      if (dbMessage) db.insertMessage(peer.uid, dbMessage);
      if (retryUuid) db.updateState(peer.uid, retryUuid, 'pending');
      if (settles) db.removeAcksOwed(peer.uid, settles);
      db.enqueueJob({ jobId, peerUid: peer.uid, kind, payload });
      job.options.also?.();
    }
    also?.();
  };
  if (commit === 'redoable') db.redoableTransaction(write);
  else db.transaction(write);
  ctx.wakeSend();
}

/**
 * The contact's send capability for `destination`, or empty when we hold none that grants it
 * (a peer stored without one): the job is then failed with NO_CAPABILITY by the send worker
 * rather than refused by the relay, and nothing here throws.
 */
function sendTokenFor(peer: Peer, destination: Uint8Array): Uint8Array {
  const none = new Uint8Array(0);
  if (typeof peer.contactSendToken !== 'string') return none; // also a record from before tokens
  try {
    const token = fromB64(peer.contactSendToken, 'send token');
    return grantsSend(destination, token) ? token : none;
  } catch {
    return none;
  }
}

/** Queues a delivery or read ack (a ratchet message like any other). */
export async function sendAck(
  ctx: EngineContext,
  peer: Peer,
  ack: meow.IMessageAck,
): Promise<Peer> {
  const message: meow.IUserMessage = {
    type: 'ack',
    acks: [ack],
    status: { uuid: randomUUID(), sent: ctx.now() },
  };
  return sealAndQueue(ctx, peer, message, { kind: 'ack' });
}
