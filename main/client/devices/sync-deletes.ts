/**
 * A device back from being offline drains many syncs at once, and a message deleted meanwhile
 * comes first as its `msg` with the text, later as its `msg` deleted. Before a batch is
 * applied, the deletes in it are held for rows not stored yet (storage message_mods), so the
 * earlier `msg` stores the message deleted already: its text is never shown, announced or
 * notified here (PROTOCOL.md §9 "Edit and delete").
 */
import { deletePatch, type InboxEntry } from '../../storage';
import type { EngineContext } from '../engine/context';
import { readSyncPayload } from './codec';

export function holdLaterDeletes(ctx: EngineContext, entries: readonly InboxEntry[]): void {
  const db = ctx.profile.messages;
  const held = new Set<string>();
  for (const entry of entries) {
    let payload;
    try {
      payload = readSyncPayload(entry.payload).payload;
    } catch {
      continue; // reported when the entry itself is applied
    }
    const deleted = payload.dbMessage?.deleted ?? '';
    const uuid = payload.dbMessage?.status?.uuid ?? '';
    const key = `${payload.peerUid}\n${uuid}`;
    if (payload.syncType !== 'msg' || deleted === '' || uuid === '' || held.has(key)) continue;
    if (payload.peerUid === '' || db.getMessage(payload.peerUid, uuid)) continue;
    held.add(key);
    db.holdModification(payload.peerUid, uuid, deletePatch(deleted));
  }
}
