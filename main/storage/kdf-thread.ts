/**
 * The body of the key-derivation worker (key-derivation.ts starts it; kdf-worker.mjs is its
 * entry): Argon2id runs here, on a thread of its own, so that the host's event loop keeps
 * serving the window while a password is checked. Requests are answered one at a time, in
 * order; each answer carries the key, transferred (not copied).
 */
import { parentPort } from 'node:worker_threads';
import { wipe } from '../../core/crypto';
import { AppError } from '../../core/errors';
import { deriveKey, type IdentityKdf } from './identity-format';

export interface KdfRequest {
  readonly id: number;
  readonly password: string;
  readonly kdf: IdentityKdf;
}

export type KdfReply =
  | { readonly id: number; readonly key: Uint8Array }
  | { readonly id: number; readonly error: { readonly code: string; readonly message: string } };

function answer({ id, password, kdf }: KdfRequest): { reply: KdfReply; transfer: ArrayBuffer[] } {
  try {
    const derived = deriveKey(password, kdf);
    // A copy with a buffer of its own, so that transferring it can never detach anything else.
    const key = derived.slice();
    wipe(derived);
    return { reply: { id, key }, transfer: [key.buffer] };
  } catch (err) {
    const code = err instanceof AppError ? err.code : 'INTERNAL';
    const message = err instanceof Error ? err.message : 'key derivation failed';
    return { reply: { id, error: { code, message } }, transfer: [] };
  }
}

parentPort?.on('message', (request: KdfRequest) => {
  const { reply, transfer } = answer(request);
  parentPort?.postMessage(reply, transfer);
});
