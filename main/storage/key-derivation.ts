/**
 * Argon2id off the event loop (issue 18). Deriving the identity key takes a deliberately slow
 * ~0.1–2 s; on the host's main thread that froze the window (Electron), the browser host's
 * socket and the CLI for as long. Where the host handed core libsodium's C build
 * (main/client/native-crypto.ts; Profile does before any derivation), it runs on libuv's
 * thread pool (core/crypto argon2idOffThread). Otherwise on a worker thread (kdf-thread.ts),
 * which costs more: starting the thread and loading the WebAssembly build into it took about
 * 0.3–0.7 s of CPU per unlock on top of the derivation itself (0.15 s at the default cost).
 *
 * The worker is started on demand and ends after IDLE_MS without work: a password change (two
 * derivations) or a test suite reuses it, and once the profile is open its Argon2id memory
 * (64 MB by default) goes with it instead of staying in this thread's WebAssembly heap for the
 * life of the process. While idle it does not keep the process alive.
 *
 * Where the worker's code is, in each way the app runs — always kdf-worker.mjs next to the
 * code that starts it:
 * - from the source tree (browser host, CLI, tests: this file is a .ts run through tsx or
 *   vitest), main/storage/kdf-worker.mjs, which loads kdf-thread.ts through tsx;
 * - from the Electron bundle (this code is inside dist/electron/main.mjs), the kdf-worker.mjs
 *   that scripts/build-electron.mjs builds from kdf-thread.ts next to main.mjs
 *   (electron.config.ts, `bundles.kdfWorker`); in the packaged app both are in app.asar,
 *   which Electron lets worker threads read.
 */
import { Worker } from 'node:worker_threads';
import { argon2idOffThread } from '../../core/crypto';
import { AppError, type ErrorCode, ErrorCodes } from '../../core/errors';
import { deriveKeyWith, type IdentityKdf } from './identity-format';
import type { KdfReply, KdfRequest } from './kdf-thread';

/** The worker's file name, next to the module (or the bundle) that contains this code. */
export const KDF_WORKER_FILE = 'kdf-worker.mjs';
/** How long an idle worker waits for more work before it ends. */
const IDLE_MS = 3_000;

interface Pending {
  readonly resolve: (key: Uint8Array) => void;
  readonly reject: (err: AppError) => void;
}

function failed(cause?: unknown): AppError {
  return new AppError('INTERNAL', 'the key derivation worker failed', { cause });
}

function errorOf(error: { readonly code: string; readonly message: string }): AppError {
  const known = (ErrorCodes as readonly string[]).includes(error.code);
  return new AppError(known ? (error.code as ErrorCode) : 'INTERNAL', error.message);
}

/** One worker thread and the derivations it owes. */
class KdfWorker {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private idle: NodeJS.Timeout | undefined;
  private nextId = 1;

  constructor(private readonly onEnd: (w: KdfWorker) => void) {
    // `execArgv: []`: the worker needs none of this process's options (a tsx `--import` would
    // be loaded twice, a test runner's hooks are useless there), and V8 flags apply to every
    // thread of the process anyway.
    this.worker = new Worker(new URL(`./${KDF_WORKER_FILE}`, import.meta.url), { execArgv: [] });
    this.worker.on('message', (reply: KdfReply) => {
      this.settle(reply);
    });
    this.worker.once('error', (cause) => {
      this.end(failed(cause));
    });
    this.worker.once('exit', (code) => {
      this.end(failed(`exited with code ${code}`));
    });
  }

  derive(password: string, kdf: IdentityKdf): Promise<Uint8Array> {
    clearTimeout(this.idle);
    this.worker.ref();
    const id = this.nextId++;
    const request: KdfRequest = { id, password, kdf };
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage(request);
    });
  }

  private settle(reply: KdfReply): void {
    const job = this.pending.get(reply.id);
    this.pending.delete(reply.id);
    if ('key' in reply) job?.resolve(reply.key);
    else job?.reject(errorOf(reply.error));
    if (this.pending.size > 0) return;
    // Nothing owed: let the process exit if it has nothing else to do, and end soon.
    this.worker.unref();
    this.idle = setTimeout(() => {
      this.end(undefined);
    }, IDLE_MS).unref();
  }

  /** Ends the worker; jobs still owed fail with `error`. */
  private end(error: AppError | undefined): void {
    clearTimeout(this.idle);
    this.onEnd(this);
    for (const job of this.pending.values()) job.reject(error ?? failed());
    this.pending.clear();
    void this.worker.terminate();
  }
}

let current: KdfWorker | undefined;

/**
 * The 32-byte identity key for `password` under `kdf` (identity-format.ts deriveKey), computed
 * on the worker thread. Same errors as deriveKey; a worker that dies is INTERNAL.
 */
export function deriveKeyOffThread(password: string, kdf: IdentityKdf): Promise<Uint8Array> {
  if (typeof password !== 'string' || password.length === 0) {
    return Promise.reject(new AppError('INVALID_ARGUMENT', 'password must be a non-empty string'));
  }
  const onThreadPool = argon2idOffThread();
  if (onThreadPool) return deriveKeyWith(onThreadPool, password, kdf);
  current ??= new KdfWorker((ended) => {
    if (current === ended) current = undefined;
  });
  return current.derive(password, kdf);
}
