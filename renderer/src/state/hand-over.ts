/**
 * Handing sent files over to the engine (`attachments.write`), outside any component: it
 * carries on when the user opens another conversation. Each file goes in pieces of
 * MAX_ATTACHMENT_WRITE_BYTES, in order, one piece at a time: a write resolves once the engine
 * has sealed the piece (back-pressure), and only that piece is read from the Blob and turned
 * into base64 — a 100 MiB file never sits whole in the page's memory.
 *
 * Files go in the order they were sent, FILES_AT_ONCE of them side by side: the engine seals
 * up to three files at a time (attachments/worker.ts ROWS_AT_ONCE) and one that waits for its
 * first piece gives up after a minute (incoming.ts IDLE_MS), so the second and third file of
 * a message must not wait for the whole first one.
 *
 * A write that fails stops that file (the engine fails the message by itself): the sentence is
 * kept here by local id for the bubble to show. Nothing is retried.
 */
import { create } from 'zustand';
import { MAX_ATTACHMENT_WRITE_BYTES } from '@meow/contract';
import { toBase64 } from '../lib/attachments';
import { errorText } from '../lib/error-text';
import { getApi } from '../transport/api';
import { MeowError } from '../transport/errors';

export const FILES_AT_ONCE = 3;

export interface FileHandOver {
  readonly localId: string;
  readonly blob: Blob;
}

export interface HandOverState {
  /** Local ids whose pieces are still being handed over. */
  readonly active: Readonly<Record<string, true>>;
  /** A write that failed, by local id: its sentence. */
  readonly errors: Readonly<Record<string, string>>;
}

export const useHandOver = create<HandOverState>()(() => ({ active: {}, errors: {} }));

/** Bumped on lock: hand-overs started before stop writing. */
let generation = 0;

function settle(localId: string, error: string | null): void {
  useHandOver.setState((s) => {
    const { [localId]: _done, ...active } = s.active;
    return { active, errors: error === null ? s.errors : { ...s.errors, [localId]: error } };
  });
}

/** One piece of the file as base64; a file the page can no longer read says so. */
async function pieceOf(blob: Blob, offset: number): Promise<string> {
  const piece = blob.slice(offset, offset + MAX_ATTACHMENT_WRITE_BYTES);
  try {
    return toBase64(new Uint8Array(await piece.arrayBuffer()));
  } catch {
    // Moved, deleted or changed on disk since it was chosen.
    throw new MeowError('ATTACHMENT_SOURCE_UNREADABLE', 'the file could not be read');
  }
}

async function handOverFile({ localId, blob }: FileHandOver, started: number): Promise<void> {
  useHandOver.setState((s) => ({ active: { ...s.active, [localId]: true } }));
  try {
    for (let offset = 0; offset < blob.size; offset += MAX_ATTACHMENT_WRITE_BYTES) {
      if (started !== generation) return;
      const data = await pieceOf(blob, offset);
      await getApi().commands['attachments.write']({ localId, data });
    }
    if (started === generation) settle(localId, null);
  } catch (err) {
    if (started === generation) settle(localId, errorText(err));
  }
}

/**
 * Hands `files` over, file i to its own local id (from `attachments.send`, in order); resolves
 * when every file is handed over or has failed (never rejects).
 */
export async function handOver(files: readonly FileHandOver[]): Promise<void> {
  const started = generation;
  let next = 0;
  const lane = async (): Promise<void> => {
    for (let file = files[next++]; file; file = files[next++]) {
      if (started !== generation) return;
      await handOverFile(file, started);
    }
  };
  const lanes = Math.min(FILES_AT_ONCE, files.length);
  await Promise.all(Array.from({ length: lanes }, lane));
}

/** On lock: stop writing, forget what was shown. */
export function stopHandOvers(): void {
  generation += 1;
  useHandOver.setState({ active: {}, errors: {} }, false);
}
