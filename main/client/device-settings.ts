/**
 * Settings of this device alone (model.ts DeviceSettings; never synced to the siblings): their
 * defaults, filled in over what the identity file holds (older files hold none of them), and
 * the check of a change, which comes from the UI or the CLI (untrusted).
 */
import { AppError } from '../../core/errors';
import type { DeviceSettings } from './model';

/** Received files up to this many MiB are downloaded as they arrive (issue 16: 20 MiB). */
export const DEFAULT_AUTO_DOWNLOAD_MIB = 20;
/** The largest automatic size: the largest file anyone sends (core MAX_ATTACHMENT_BYTES). */
export const MAX_AUTO_DOWNLOAD_MIB = 100;

const FLAGS = ['separatePolls', 'notificationText'] as const;

function isAutoDownloadMiB(value: unknown): value is number {
  return (
    typeof value === 'number' &&
    Number.isInteger(value) &&
    value >= 0 &&
    value <= MAX_AUTO_DOWNLOAD_MIB
  );
}

/** What is saved, with a default for each setting it lacks (or holds in a form not allowed). */
export function withDefaults(saved: DeviceSettings | undefined): Required<DeviceSettings> {
  const mib = saved?.autoDownloadMiB;
  return {
    separatePolls: saved?.separatePolls === true,
    notificationText: saved?.notificationText === true,
    autoDownloadMiB: isAutoDownloadMiB(mib) ? mib : DEFAULT_AUTO_DOWNLOAD_MIB,
  };
}

/** Throws INVALID_ARGUMENT for a value a setting cannot take; `undefined` leaves it as it is. */
export function validateSettingsPatch(patch: DeviceSettings): void {
  for (const name of FLAGS) {
    if (patch[name] !== undefined && typeof patch[name] !== 'boolean') {
      throw new AppError('INVALID_ARGUMENT', `${name} must be true or false`);
    }
  }
  if (patch.autoDownloadMiB !== undefined && !isAutoDownloadMiB(patch.autoDownloadMiB)) {
    throw new AppError(
      'INVALID_ARGUMENT',
      `autoDownloadMiB must be a whole number from 0 to ${MAX_AUTO_DOWNLOAD_MIB}`,
    );
  }
}
