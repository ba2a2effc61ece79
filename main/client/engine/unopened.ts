/**
 * Entries a contact's primary pulled but could not open (PROTOCOL.md §10 "Entries a primary
 * cannot open"). Only the primary pulls a contact's queue, and it acks every unit it handled,
 * so during a takeover race a device that still believes it is the primary (an old primary
 * back before it applied the `peer_update` waiting in its device queue, the losing one of two
 * claimants) would otherwise ack away entries sealed on the new primary's session: lost for
 * every device, and the contact's message shown "sent" for ever.
 *
 * So an entry the ratchet or the envelope refused is kept (storage/unopened-entries.ts) before
 * `receiveUnit` returns: the poll worker acks the relay only after that, so a crash before this
 * commit re-pulls the entry, and recording it again is a no-op. When the contact's primary moves
 * to another device, the kept entries go there (devices/unopened.ts), which opens them through
 * the same path as pulled entries. Kept only with sibling devices (no other device could hold
 * a session that opens them), and bounded: per contact, by age, and by size.
 */
import { envelopeHash } from '../../../core/envelope';
import { isAppError } from '../../../core/errors';
import { encodeProto } from '../../../core/wire';
import { meow } from '../../../proto';
import type { EngineContext } from './context';
import { isStorageUnavailable } from './failures';
import { hasDevices } from '../devices';

/** Larger entries are no chat of ours and could not be handed on in one device sync. */
export const MAX_KEPT_ENTRY_BYTES = 128 * 1024;

/** As long as the relay keeps an unacked entry by default: older ones are not kept. */
export const UNOPENED_RETENTION_MS = 14 * 86_400_000;

/**
 * Whether an entry refused with `code` failed to *open* (the envelope layers or the ratchet),
 * so another device's session might open it. Not a storage failure and not a bad message
 * inside an opened entry (those fail the same way everywhere). A duplicate is not kept: the
 * ratchet that says so opened it before.
 */
export function couldOpenElsewhere(code: string): boolean {
  if (code === 'RATCHET_DUPLICATE_MESSAGE') return false;
  return code.startsWith('RATCHET_') || code.startsWith('ENVELOPE_');
}

/**
 * Inside the contact's queue, before the unit is acked: keeps the refused entries that could
 * not be opened, in ONE transaction. Throws only when storage is unavailable (then the unit is
 * not acked and is pulled again); any other failure is reported and the entries are lost as
 * they were before.
 */
export async function keepUnopened(
  ctx: EngineContext,
  peerUid: string,
  entries: readonly meow.PackedUserMessage[],
  refused: ReadonlyMap<number, string>,
): Promise<void> {
  const unopened = [...refused].flatMap(([index, code]) => {
    const entry = entries[index];
    return entry && couldOpenElsewhere(code) ? [entry] : [];
  });
  if (unopened.length === 0) return;
  try {
    if (!(await hasDevices(ctx))) return;
    const db = ctx.profile.messages;
    db.transaction(() => {
      for (const packed of unopened) {
        const bytes = encodeProto(meow.PackedUserMessage, packed);
        if (bytes.length > MAX_KEPT_ENTRY_BYTES) continue;
        db.addUnopened(peerUid, envelopeHash(packed), bytes);
      }
    });
  } catch (err) {
    if (isStorageUnavailable(err)) throw err;
    const code = isAppError(err) ? err.code : 'INTERNAL';
    ctx.events.emit('error', { where: 'poll.keep', code, peerUid });
  }
}
