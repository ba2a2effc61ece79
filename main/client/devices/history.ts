/**
 * History transfer between devices (DESIGN.md §5; MULTI_DEVICE_SPEC "msg" sync extended with
 * `history_request` / `history_chunk`): the initial sync of a new device (opt-in) and the
 * catch-up of a device that was away longer than the relay keeps its queue.
 *
 * The requester records the request (meta `history.<id>`: device, since, chunks applied) and
 * asks one sibling. The sibling answers with pages of HISTORY_PAGE messages in order, each its
 * own device sync. Applying a chunk upserts its messages (states only move forward) and
 * advances the record in the same transaction, so after a restart the request is sent again
 * with `resume_from_chunk` = chunks applied; nothing is applied twice in effect. The request is
 * recorded with its progress record, and the answer's chunks in the transaction that applies
 * the request (sync outbox, sync-out.ts), so neither is lost to a crash.
 */
import { randomUUID } from 'node:crypto';
import { AppError } from '../../../core/errors';
import type { meow } from '../../../proto';
import { currentVersionOnly, MESSAGE_STATES } from '../../storage';
import type { EngineContext } from '../engine/context';
import type { Emitted } from '../engine/events';
import { upsert } from './sync-message';
import { pairedDevices, queueSync } from './sync-out';

export const HISTORY_PAGE = 100;
const PREFIX = 'history.';

interface Progress {
  readonly deviceUid: string;
  readonly since: number;
  readonly chunks: number;
  readonly total: number;
  readonly messages: number;
}

function readProgress(ctx: EngineContext, requestId: string): Progress | undefined {
  const raw = ctx.profile.messages.getMeta(PREFIX + requestId);
  return raw ? (JSON.parse(new TextDecoder().decode(raw)) as Progress) : undefined;
}

function writeProgress(ctx: EngineContext, requestId: string, p: Progress | undefined): void {
  const value = p ? new TextEncoder().encode(JSON.stringify(p)) : undefined;
  ctx.profile.messages.setMeta(PREFIX + requestId, value);
}

/** Asks a sibling (default: the first paired one) for every message stored since `since`. */
export async function requestHistory(
  ctx: EngineContext,
  options: { deviceUid?: string; since?: number } = {},
): Promise<string> {
  const devices = await pairedDevices(ctx);
  const device = devices.find(
    (d) => options.deviceUid === undefined || d.uid === options.deviceUid,
  );
  if (!device) throw new AppError('DEVICE_NOT_FOUND', 'no paired device to ask for history');
  const requestId = randomUUID();
  const since = Math.max(0, options.since ?? 0);
  const progress = { deviceUid: device.uid, since, chunks: 0, total: -1, messages: 0 };
  ctx.profile.messages.transaction(() => {
    writeProgress(ctx, requestId, progress);
    queueRequest(ctx, requestId, progress);
  });
  await ctx.syncs.flush();
  return requestId;
}

/** After a restart: ask again, from the first chunk not yet applied. */
export async function resumeHistoryRequests(ctx: EngineContext): Promise<void> {
  for (const key of ctx.profile.messages.metaKeys(PREFIX)) {
    const requestId = key.slice(PREFIX.length);
    const p = readProgress(ctx, requestId);
    if (p) queueRequest(ctx, requestId, p);
  }
  await ctx.syncs.flush();
}

function queueRequest(ctx: EngineContext, requestId: string, p: Progress): void {
  const historyRequest = { requestId, since: p.since, resumeFromChunk: p.chunks };
  queueSync(ctx, 'history_request', { historyRequest }, { onlyDevice: p.deviceUid });
}

export function applyHistory(
  ctx: EngineContext,
  fromDevice: string,
  payload: meow.DeviceSyncPayload,
): { commit?: () => Emitted[]; after?: () => Promise<void> } {
  if (payload.syncType === 'history_request') {
    const request = payload.historyRequest;
    const requestId = request?.requestId ?? '';
    if (!request || requestId === '') {
      throw new AppError('SYNC_BAD_PAYLOAD', 'history_request without an id');
    }
    return {
      commit: () => {
        queueAnswer(ctx, fromDevice, request, requestId);
        return [];
      },
      after: () => ctx.syncs.flush(),
    };
  }
  const chunk = payload.historyChunk;
  if (!chunk?.requestId) throw new AppError('SYNC_BAD_PAYLOAD', 'history_chunk without a request');
  return { commit: () => applyChunk(ctx, chunk) };
}

/** Inside the inbox transaction: every chunk of the answer, recorded for the requester. */
function queueAnswer(
  ctx: EngineContext,
  toDevice: string,
  request: meow.IHistoryRequest,
  requestId: string,
): void {
  const since = request.since ?? 0;
  const db = ctx.profile.messages;
  const total = Math.max(1, Math.ceil(db.historyCount(since) / HISTORY_PAGE));
  for (let index = request.resumeFromChunk ?? 0; index < total; index++) {
    // Never an older version of an edited text (a deleted one holds no text at all).
    const messages = db.historyPage(since, index, HISTORY_PAGE).map((m) => ({
      peerUid: m.peerUid,
      message: currentVersionOnly(m.message),
    }));
    const historyChunk = { requestId, index, total, messages };
    queueSync(ctx, 'history_chunk', { historyChunk }, { onlyDevice: toDevice });
  }
}

/** Inside the inbox transaction. Chunks of an unknown (finished or foreign) request are dropped. */
function applyChunk(ctx: EngineContext, chunk: meow.IHistoryChunk): Emitted[] {
  const requestId = chunk.requestId ?? '';
  const progress = readProgress(ctx, requestId);
  const index = chunk.index ?? 0;
  if (!progress || index < progress.chunks) return [];
  let applied = 0;
  for (const synced of chunk.messages ?? []) {
    const state = MESSAGE_STATES.find((s) => s === synced.message?.state);
    if (!synced.peerUid || !synced.message?.status?.uuid || !state) continue;
    upsert(ctx, synced.peerUid, synced.message, state);
    applied++;
  }
  const total = chunk.total ?? 1;
  const next = { ...progress, chunks: index + 1, total, messages: progress.messages + applied };
  const done = next.chunks >= total;
  writeProgress(ctx, requestId, done ? undefined : next);
  const event = { requestId, chunks: next.chunks, total, messages: next.messages, done };
  return [{ name: 'sync.progress', payload: event }];
}
