/**
 * Files from the command line: send files as one message (`send-file`), list a message's files
 * (`messages`, chat-commands.ts, through `filesOf`), and save a received file (`save`).
 */
import { constants } from 'node:fs';
import { access, open, rename, rm, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { AppError, ErrorCodes, type ErrorCode } from '../../core/errors';
import { attachmentRowsOf, attachmentViews } from '../api/attachment-views';
import { errorSentence, failureSentence, sentenceFor } from '../api/error-words';
import { humanSize } from '../api/sizes';
import type { EngineEvents } from '../api/events';
import type { Engine } from '../client/engine/engine';
import type { AttachmentState, StoredMessage } from '../storage';
import type { Command } from './context';
import { need, nextEvent, str, timeoutMs, withEngine } from './engine-run';

/** Files take longer than texts: sealing and uploading, or downloading, several chunks. */
const FILE_TIMEOUT_SECONDS = 120;

/**
 * A refusal the CLI words itself (an existing file, one it cannot write): INVALID_ARGUMENT
 * carries its message as the sentence (error-words.ts), but it is not a usage mistake, so it
 * exits 1 like any other failure, not 2 (main.ts).
 */
export class CliRefusal extends AppError {
  constructor(sentence: string) {
    super('INVALID_ARGUMENT', sentence);
  }
}

// ── send-file ────────────────────────────────────────────────────────────────────────────

/** Common types by extension, so the contact's app knows what it got; else octet-stream. */
const MIME_TYPES: Readonly<Record<string, string>> = {
  '.txt': 'text/plain',
  '.md': 'text/markdown',
  '.csv': 'text/csv',
  '.json': 'application/json',
  '.pdf': 'application/pdf',
  '.zip': 'application/zip',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.mp3': 'audio/mpeg',
  '.mp4': 'video/mp4',
};

/**
 * Every path is checked before the profile is unlocked: one that is missing, not a file or
 * not readable refuses the whole message, with nothing stored or sent. (The engine checks the
 * size again; reading it is the worker's, later, which would only fail the message.)
 */
async function requireReadable(path: string): Promise<void> {
  try {
    await access(path, constants.R_OK);
    if (!(await stat(path)).isFile()) throw new Error('not a regular file');
  } catch (cause) {
    throw new AppError('ATTACHMENT_SOURCE_UNREADABLE', `cannot read ${path}`, { cause });
  }
}

type Status = Pick<EngineEvents['message.statusChanged'], 'state' | 'reason'>;

/**
 * Listens for the message's statuses before the send, whose uuid is known only once it
 * returns: a status that came first is kept, not missed.
 */
function statusesOf(engine: Engine, peerUid: string) {
  const early: EngineEvents['message.statusChanged'][] = [];
  const done = (e: Status) => e.state !== 'pending';
  const off = engine.events.on('message.statusChanged', (e) => {
    if (e.peerUid === peerUid && done(e)) early.push(e);
  });
  return {
    off,
    /** The first status past pending; pending itself when none came within `ms`. */
    settled(uuid: string, ms: number): Promise<Status> {
      off();
      const first = early.find((e) => e.uuid === uuid);
      if (first) return Promise.resolve(first);
      const mine = (e: EngineEvents['message.statusChanged']) => e.uuid === uuid && done(e);
      return nextEvent(engine, 'message.statusChanged', mine, ms).catch(() => ({
        state: 'pending' as const,
        reason: undefined,
      }));
    },
  };
}

/**
 * `send-file CONTACT PATH [PATH…] [--caption TEXT]`: one message; waits until it is sent. The
 * files go as they are, as documents (name, type, bytes): unlike the app, which re-encodes
 * photos in the window to drop their metadata, nothing here decodes images (README says so).
 */
const sendFile: Command = async (ctx) => {
  const peerUid = need(ctx.positionals[1], 'contact id');
  const paths = ctx.positionals.slice(2);
  need(paths[0], 'file path');
  for (const path of paths) await requireReadable(path);
  const caption = str(ctx, 'caption');
  const ms = timeoutMs(ctx, FILE_TIMEOUT_SECONDS);
  await withEngine(ctx, true, async (engine) => {
    const statuses = statusesOf(engine, peerUid);
    const files = paths.map((path) => ({
      path,
      mimeType: MIME_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream',
    }));
    const { uuid, localIds } = await engine.attachments
      .send(peerUid, files, caption === undefined ? {} : { caption })
      .catch((err: unknown) => {
        statuses.off(); // refused (a blocked contact, a file too large): nothing to wait for
        throw err;
      });
    const status = await statuses.settled(uuid, ms);
    // A failed upload says why on the message row only (its event carries no reason).
    const reason =
      status.reason ?? engine.profile.messages.getMessage(peerUid, uuid)?.failureReason;
    const failed = status.state === 'failed' ? failureSentence(reason ?? null) : '';
    const still = status.state === 'pending' ? ' (it goes on the next time Meow runs)' : '';
    ctx.out.result(failed ? `${uuid} failed: ${failed}` : `${uuid} ${status.state}${still}`, {
      uuid,
      state: status.state,
      localIds,
      ...(failed ? { reason: reason ?? null, text: failed } : {}),
    });
  });
};

// ── messages: a message's files ───────────────────────────────────────────────────────────

export interface FileListing {
  /** This device's id for the file (`save`); null for a pointer that never got a row. */
  readonly localId: string | null;
  readonly name: string;
  readonly mimeType: string;
  readonly size: number;
  readonly state: string;
  /** The code of the last failure, if any (error-words.ts has its sentence). */
  readonly error: string | null;
}

/** A message's files as `messages` lists them (the app's views: main/api/attachment-views.ts). */
export function filesOf(engine: Engine, m: StoredMessage): FileListing[] {
  const views = attachmentViews(m, attachmentRowsOf(engine.profile.messages, m));
  return views.map(({ localId, name, mimeType, size, state, error }) => ({
    localId,
    name,
    mimeType,
    size,
    state,
    error,
  }));
}

/** States a transfer stays in: shown with the sentence for their code. */
const ENDED: ReadonlySet<string> = new Set(['failed', 'expired', 'damaged', 'invalid']);

/** One indented line per file, under its message's line. */
export function fileLines(files: readonly FileListing[]): string {
  return files
    .map((f) => {
      const why = ENDED.has(f.state) && f.error !== null ? `: ${errorSentence(f.error)}` : '';
      const id = f.localId === null ? '' : `  ${f.localId}`;
      return `\n    file: ${f.name || '(photo)'} (${humanSize(f.size)}) ${f.state}${why}${id}`;
    })
    .join('');
}

// ── save ─────────────────────────────────────────────────────────────────────────────────

/** States whose chunks are all on this device (engine/attachments `readable`). */
const READABLE: ReadonlySet<AttachmentState> = new Set(['ready', 'sent', 'uploading']);
const STOPPED: ReadonlySet<AttachmentState> = new Set([
  'failed',
  'expired',
  'damaged',
  'invalid',
  'purging',
  'deleting',
]);

/**
 * Why a transfer stopped, as an error whose sentence is the app's: the row's code when it is
 * the engine's, a relay's code (BLOB_EXPIRED…) the way relay refusals carry theirs.
 */
function stoppedError(state: AttachmentState, code: string | null): AppError {
  if (state === 'purging' || state === 'deleting') {
    return new AppError('STORAGE_NOT_FOUND', 'the message of that file was deleted');
  }
  const what = `the file is ${state}`;
  if (code !== null && (ErrorCodes as readonly string[]).includes(code)) {
    return new AppError(code as ErrorCode, what);
  }
  if (code !== null && sentenceFor(code) !== undefined) {
    return new AppError('RELAY_REJECTED', `relay: ${code} (${what})`);
  }
  return new AppError(state === 'damaged' ? 'ATTACHMENT_DIGEST_MISMATCH' : 'INTERNAL', what);
}

/**
 * Until the file's chunks are all here: a received file not fetched yet (above the automatic
 * size, or failed before) is asked for; one already on its way is waited for.
 */
async function ready(engine: Engine, localId: string, ms: number): Promise<void> {
  const db = engine.profile.messages;
  const row = db.attachment(localId);
  if (!row) {
    throw new AppError('INVALID_ARGUMENT', 'no file with that id here (`messages` lists them)');
  }
  if (!row.outbound && (row.state === 'on_request' || row.state === 'failed')) {
    engine.attachments.download(localId);
  }
  // Read again and subscribed in the same turn: no state change can fall between the two.
  const now = db.attachment(localId) ?? row;
  if (READABLE.has(now.state)) return;
  if (STOPPED.has(now.state)) throw stoppedError(now.state, now.lastError);
  const { state, error } = await nextEvent(
    engine,
    'attachment.updated',
    (e) => e.localId === localId && (READABLE.has(e.state) || STOPPED.has(e.state)),
    ms,
    `the file has not arrived within ${ms / 1000} s`,
  );
  if (!READABLE.has(state)) throw stoppedError(state, error ?? null);
}

/**
 * The opened bytes into `<path>.partial`, renamed to `path` only once the last chunk opened
 * and the digest matched (plaintext() checks it after the last chunk): a failure leaves no
 * file that looks complete.
 */
async function writeOut(engine: Engine, localId: string, path: string): Promise<number> {
  const partial = `${path}.partial`;
  let bytes = 0;
  try {
    const file = await open(partial, 'w');
    try {
      for await (const part of engine.attachments.plaintext(localId)) {
        await file.write(part);
        bytes += part.length;
      }
    } finally {
      await file.close();
    }
    await rename(partial, path);
  } catch (err) {
    await rm(partial, { force: true });
    if (err instanceof AppError) throw err;
    throw new CliRefusal(`Could not write ${path} (${err instanceof Error ? err.message : ''}).`);
  }
  return bytes;
}

/** `save LOCAL_ID PATH [--force]`: fetches the file if needed, then writes it to PATH. */
const save: Command = async (ctx) => {
  const localId = need(ctx.positionals[1], 'file id');
  const path = need(ctx.positionals[2], 'path to save to');
  // Before unlocking: refused at once, and nothing is downloaded for nothing.
  const taken = await stat(path).then(
    () => true,
    () => false,
  );
  if (taken && ctx.options.force !== true) {
    throw new CliRefusal(`There is already a file at ${path}. Add --force to replace it.`);
  }
  const ms = timeoutMs(ctx, FILE_TIMEOUT_SECONDS);
  await withEngine(ctx, true, async (engine) => {
    await ready(engine, localId, ms);
    const bytes = await writeOut(engine, localId, path);
    ctx.out.result(`saved ${bytes} bytes to ${path}`, { localId, path, bytes });
  });
};

export const FILE_COMMANDS: Readonly<Record<string, Command>> = {
  'send-file': sendFile,
  save,
};
