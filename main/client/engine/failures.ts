import { isAppError } from '../../../core/errors';

/**
 * Local storage that cannot be written right now (disk error, closing): the entries must not be
 * acked at the relay, or they would be lost. Rethrown to the poll worker, which backs off and
 * pulls them again; anything else is the entry's fault and is reported and skipped.
 */
export function isStorageUnavailable(err: unknown): boolean {
  return (
    isAppError(err, 'STORAGE_IO') ||
    isAppError(err, 'STORAGE_CLOSED') ||
    isAppError(err, 'STORAGE_LOCKED')
  );
}
