/**
 * A file that arrives piece by piece through the API (the window's file picker, a drop, a
 * paste: the renderer reads the file and hands it over in pieces), consumed as it arrives by
 * the encryptor. Back-pressure: a piece is accepted only once the encryptor takes it, so at
 * most one piece waits in memory and no plaintext is ever written to disk.
 *
 * It lives only in memory: if the window goes away mid-file (its host says so: api/caller.ts;
 * or nothing arrives for IDLE_MS) or the app quits, the file cannot be read any more and its
 * message fails with ATTACHMENT_SOURCE_GONE — the user attaches it again.
 */
import { AppError } from '../../../../core/errors';
import type { EngineContext } from '../context';

/** No piece for this long while the encryptor waits: the sender went away. */
export const IDLE_MS = 60_000;
/** A piece not taken for this long: the worker is not sealing it (stopped, or stuck). */
const WRITE_TIMEOUT_MS = 5 * 60_000;

interface Waiting {
  readonly bytes: Uint8Array;
  readonly taken: () => void;
  readonly refused: (err: Error) => void;
}

export class IncomingFile implements AsyncIterable<Uint8Array> {
  private written = 0;
  private waiting: Waiting | undefined;
  private wanted: (() => void) | undefined;
  private failure: Error | undefined;
  private settle: () => void = () => undefined;
  /** Resolves once the whole file was taken by the encryptor, or it failed. */
  readonly finished: Promise<void> = new Promise<void>((resolve) => {
    this.settle = resolve;
  });

  constructor(
    readonly size: number,
    private readonly idleMs = IDLE_MS,
  ) {}

  /** Bytes handed over so far (taken or waiting). */
  get received(): number {
    return this.written;
  }

  /** Hands over the next piece; resolves once the encryptor took it. */
  write(bytes: Uint8Array): Promise<void> {
    if (this.failure !== undefined) return Promise.reject(this.failure);
    if (this.waiting) throw new AppError('INVALID_ARGUMENT', 'one piece at a time');
    if (this.written + bytes.length > this.size) {
      throw new AppError('ATTACHMENT_LENGTH_MISMATCH', 'more bytes than the file was said to have');
    }
    this.written += bytes.length;
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.fail(new AppError('ATTACHMENT_SOURCE_UNREADABLE', 'the file is not being sent'));
      }, WRITE_TIMEOUT_MS);
      const done = () => {
        clearTimeout(timer);
      };
      this.waiting = {
        bytes,
        taken: () => {
          done();
          resolve();
        },
        refused: (err) => {
          done();
          reject(err);
        },
      };
      this.wanted?.();
    });
  }

  /** Ends the file with an error for both sides (the sender cancelled, the seal failed). */
  fail(err: unknown): void {
    if (this.failure !== undefined) return;
    this.failure = err instanceof Error ? err : new AppError('INTERNAL', 'the file failed');
    this.waiting?.refused(this.failure);
    this.waiting = undefined;
    this.wanted?.();
    this.settle();
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<Uint8Array, void, undefined> {
    let read = 0;
    try {
      while (read < this.size) {
        const piece = await this.next();
        read += piece.length;
        yield piece;
      }
      this.settle();
    } catch (err) {
      this.fail(err);
      throw err;
    }
  }

  private async next(): Promise<Uint8Array> {
    if (!this.waiting && this.failure === undefined) await this.arrival();
    if (this.failure !== undefined) throw this.failure;
    const waiting = this.waiting;
    if (!waiting) throw new AppError('INTERNAL', 'no piece');
    this.waiting = undefined;
    waiting.taken();
    return waiting.bytes;
  }

  private arrival(): Promise<void> {
    return new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        this.fail(new AppError('ATTACHMENT_SOURCE_GONE', 'the file stopped arriving'));
      }, this.idleMs);
      this.wanted = () => {
        clearTimeout(timer);
        this.wanted = undefined;
        resolve();
      };
    });
  }
}

/** The files being handed over, by attachment local id, per engine. */
const registries = new WeakMap<EngineContext, Map<string, IncomingFile>>();

export function registerIncoming(ctx: EngineContext, localId: string, file: IncomingFile): void {
  let files = registries.get(ctx);
  if (!files) {
    files = new Map();
    registries.set(ctx, files);
  }
  files.set(localId, file);
}

export function incomingFile(ctx: EngineContext, localId: string): IncomingFile | undefined {
  return registries.get(ctx)?.get(localId);
}

export function forgetIncoming(ctx: EngineContext, localId: string): void {
  registries.get(ctx)?.delete(localId);
}
