/**
 * Errors from the API as the UI handles them: every failed command throws a MeowError carrying
 * the ApiError `code` and a message that is safe to show. Transport failures use their own
 * codes (DISCONNECTED, …) so the UI can tell "the engine said no" from "the link dropped".
 */
import type { ApiError, UiErrorCode } from '@meow/contract';

export class MeowError extends Error implements ApiError {
  override readonly name = 'MeowError';

  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }

  toJSON(): ApiError {
    return { code: this.code, message: this.message };
  }
}

/** The socket closed (or never opened) before the reply came. */
export const DISCONNECTED: UiErrorCode = 'DISCONNECTED';

/** { code, message } of anything thrown: a MeowError, an Error with a `code`, or a value. */
export function toApiError(err: unknown): ApiError {
  if (err instanceof MeowError) return err.toJSON();
  if (typeof err === 'object' && err !== null) {
    const e = err as { code?: unknown; message?: unknown };
    const message = typeof e.message === 'string' ? e.message : 'something went wrong';
    if (typeof e.code === 'string' && e.code !== '') return { code: e.code, message };
    // Electron's ipcRenderer.invoke flattens errors to "Error invoking remote method …: CODE: …".
    const match = /\b([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\b/.exec(message);
    return { code: match?.[1] ?? 'INTERNAL', message };
  }
  return { code: 'INTERNAL', message: typeof err === 'string' ? err : 'something went wrong' };
}
