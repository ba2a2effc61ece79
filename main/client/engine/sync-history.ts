/**
 * History transfer between devices (DESIGN.md §5; MULTI_DEVICE_SPEC "msg" sync extended with
 * `history_request` / `history_chunk`): the initial sync of a new device (opt-in) and the
 * catch-up of a device that was away longer than the relay keeps its queue.
 *
 * The requester records the request (meta `history.<id>`: device, since, chunks applied) and
 * asks one sibling. The sibling answers with pages of HISTORY_PAGE messages in order, each its
 * own device sync. Applying a chunk upserts its messages (states only move forward) and
 * advances the record in the same transaction, so after a restart the request is sent again
 * with `resume_from_chunk` = chunks applied; nothing is applied twice in effect.
 */
import { randomUUID } from 'node:crypto';
import { AppError } from '../../../core/errors';
import type { meow } from '../../../proto';
import { MESSAGE_STATES } from '../../storage';
import type { EngineContext } from './context';
import { upsert, type Emitted } from './sync-message';
import { dispatchSync, pairedDevices } from './sync-out';

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
  writeProgress(ctx, requestId, {
    deviceUid: device.uid,
    since,
    chunks: 0,
    total: -1,
    messages: 0,
  });
  await sendRequest(ctx, requestId, device.uid, since, 0);
  return requestId;
}

/** After a restart: ask again, from the first chunk not yet applied. */
export async function resumeHistoryRequests(ctx: EngineContext): Promise<void> {
  for (const key of ctx.profile.messages.metaKeys(PREFIX)) {
    const requestId = key.slice(PREFIX.length);
    const p = readProgress(ctx, requestId);
    if (p) await sendRequest(ctx, requestId, p.deviceUid, p.since, p.chunks);
  }
}

async function sendRequest(
  ctx: EngineContext,
  requestId: string,
  deviceUid: string,
  since: number,
  resumeFromChunk: number,
): Promise<void> {
  const historyRequest = { requestId, since, resumeFromChunk };
  await dispatchSync(ctx, 'history_request', { historyRequest }, { onlyDevice: deviceUid });
}

export async function applyHistory(
  ctx: EngineContext,
  fromDevice: string,
  payload: meow.DeviceSyncPayload,
): Promise<{ commit?: () => Emitted[] }> {
  if (payload.syncType === 'history_request') {
    await answerRequest(ctx, fromDevice, payload.historyRequest);
    return {};
  }
  const chunk = payload.historyChunk;
  if (!chunk?.requestId) throw new AppError('SYNC_BAD_PAYLOAD', 'history_chunk without a request');
  return { commit: () => applyChunk(ctx, chunk) };
}

async function answerRequest(
  ctx: EngineContext,
  toDevice: string,
  request: meow.IHistoryRequest | null | undefined,
): Promise<void> {
  const requestId = request?.requestId ?? '';
  if (requestId === '') throw new AppError('SYNC_BAD_PAYLOAD', 'history_request without an id');
  const since = request?.since ?? 0;
  const db = ctx.profile.messages;
  const total = Math.max(1, Math.ceil(db.historyCount(since) / HISTORY_PAGE));
  for (let index = request?.resumeFromChunk ?? 0; index < total; index++) {
    const messages = db.historyPage(since, index, HISTORY_PAGE).map((m) => ({
      peerUid: m.peerUid,
      message: m.message,
    }));
    const historyChunk = { requestId, index, total, messages };
    await dispatchSync(ctx, 'history_chunk', { historyChunk }, { onlyDevice: toDevice });
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
