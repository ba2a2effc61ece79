/**
 * Errors as sentences that say what happened and what to do. The words live with the API
 * contract (main/api/error-words.ts, through '@meow/contract'), so the CLI says the same; this
 * file applies them to whatever a command threw.
 */
import { errorSentence, failureSentence, type UiErrorCode } from '@meow/contract';
import { toApiError } from '../transport/errors';

/** UI-side codes (not from the engine); their sentences are in UI_SENTENCES. */
export const QR_NOT_FOUND: UiErrorCode = 'QR_NOT_FOUND';
export const CAMERA_UNAVAILABLE: UiErrorCode = 'CAMERA_UNAVAILABLE';
export const INVITATION_EXPIRED: UiErrorCode = 'INVITATION_EXPIRED';
export const IMAGE_UNREADABLE: UiErrorCode = 'IMAGE_UNREADABLE';

export function errorText(err: unknown): string {
  const { code, message } = toApiError(err);
  return errorSentence(code, message);
}

/** A failed message's reason (an error code, never contents) as a sentence. */
export function failureText(reason: string | null): string {
  return failureSentence(reason);
}
