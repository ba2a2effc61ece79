/**
 * Edits and deletes of a stored message (PROTOCOL.md §9 "Edit and delete"), as a pure merge of
 * a *patch* (a DbMessage carrying only `edits` and `deleted`) into a message body. The merge is
 * commutative and idempotent, so every device reaches the same body whatever order the edits,
 * deletes and `msg` syncs arrive in:
 *   - `edits` is the union of the versions seen, by `edit_uuid`; the original text is version 0;
 *     the winner is the highest (revision, sent, edit_uuid) and its text is `text`;
 *   - `deleted` only grows: "" < "me" < "everyone"; a deleted body keeps no text and no edits.
 */
import { meow } from '../../proto';

export const DELETED_FOR_EVERYONE = 'everyone';
export const DELETED_FOR_ME = 'me';

/**
 * The history kept per message is bounded so its `msg` sync stays well under a relay's message
 * limit (1 MiB by default): the newest versions, at most this many and this many bytes of text
 * (the shown one always). A function of the set of versions, so every device keeps the same.
 */
export const MAX_VERSIONS = 16;
export const MAX_VERSION_BYTES = 256 * 1024;

const RANK: Readonly<Record<string, number>> = { '': 0, me: 1, everyone: 2 };

function rank(deleted: string | null | undefined): number {
  return RANK[deleted ?? ''] ?? 0;
}

/** Orders versions: the last one wins. */
export function compareEdits(a: meow.IMessageEdit, b: meow.IMessageEdit): number {
  const byRevision = (a.revision ?? 0) - (b.revision ?? 0);
  if (byRevision !== 0) return byRevision;
  const bySent = (a.sent ?? 0) - (b.sent ?? 0);
  if (bySent !== 0) return bySent;
  const x = a.editUuid ?? '';
  const y = b.editUuid ?? '';
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The message's text as written, as version 0. */
function original(m: meow.IDbMessage): meow.IMessageEdit {
  return {
    editUuid: m.status?.uuid ?? '',
    revision: 0,
    sent: m.status?.sent ?? 0,
    text: m.text ?? '',
  };
}

/** The versions a body holds (just the original when never edited). */
export function versionsOf(m: meow.IDbMessage): meow.IMessageEdit[] {
  return m.edits && m.edits.length > 0 ? [...m.edits] : [original(m)];
}

/** The highest revision a body holds (0 when never edited). */
export function revisionOf(m: meow.IDbMessage): number {
  return Math.max(0, ...versionsOf(m).map((e) => e.revision ?? 0));
}

/**
 * The body after `patch`, or undefined when the patch changes nothing (seen before, or the
 * message is deleted already).
 */
export function mergeModification(
  base: meow.IDbMessage,
  patch: meow.IDbMessage,
): meow.IDbMessage | undefined {
  const deleted = rank(patch.deleted) > rank(base.deleted) ? (patch.deleted ?? '') : '';
  if (deleted !== '') {
    // Its photos and files go with it: no pointer (key, read token) stays behind.
    return { ...base, deleted, text: '', edits: [], editedAt: 0, attachments: [] };
  }
  if (rank(base.deleted) > 0) return undefined; // deleted: later edits have nothing to change
  const edits = unionOfVersions(base, patch.edits ?? []);
  if (!edits) return undefined;
  const winner = edits[edits.length - 1] ?? original(base);
  const editedAt = (winner.revision ?? 0) > 0 ? (winner.sent ?? 0) : 0;
  return { ...base, edits, text: winner.text ?? '', editedAt };
}

/** Every version of `base` and `incoming`, in order; undefined when nothing is new. */
function unionOfVersions(
  base: meow.IDbMessage,
  incoming: readonly meow.IMessageEdit[],
): meow.IMessageEdit[] | undefined {
  const byId = new Map(versionsOf(base).map((e) => [e.editUuid ?? '', e]));
  let added = false;
  for (const edit of incoming) {
    if (byId.has(edit.editUuid ?? '')) continue;
    byId.set(edit.editUuid ?? '', edit);
    added = true;
  }
  return added ? newestWithinBounds([...byId.values()].sort(compareEdits)) : undefined;
}

/** The newest versions of a sorted list within MAX_VERSIONS and MAX_VERSION_BYTES. */
function newestWithinBounds(sorted: readonly meow.IMessageEdit[]): meow.IMessageEdit[] {
  const kept: meow.IMessageEdit[] = [];
  let bytes = 0;
  for (let i = sorted.length - 1; i >= 0 && kept.length < MAX_VERSIONS; i--) {
    const version = sorted[i];
    if (!version) continue;
    bytes += Buffer.byteLength(version.text ?? '');
    if (kept.length > 0 && bytes > MAX_VERSION_BYTES) break;
    kept.push(version);
  }
  return kept.reverse();
}

/** A patch that adds one version. */
export function editPatch(edit: meow.IMessageEdit): meow.IDbMessage {
  return { edits: [edit] };
}

/** A patch that deletes (`DELETED_FOR_EVERYONE` or `DELETED_FOR_ME`). */
export function deletePatch(kind: string): meow.IDbMessage {
  return { deleted: kind };
}

/** Whether a patch or body carries anything to merge (an edit or a delete). */
export function isModified(m: meow.IDbMessage): boolean {
  return rank(m.deleted) > 0 || (m.edits?.length ?? 0) > 0;
}

/**
 * A body as a history transfer carries it: never a deleted text (purged already) and never an
 * older version — only the winning one, which keeps later edits ordered on the new device.
 */
export function currentVersionOnly(m: meow.IDbMessage): meow.IDbMessage {
  if ((m.edits?.length ?? 0) === 0) return m;
  const winner = [...(m.edits ?? [])].sort(compareEdits).pop();
  return meow.DbMessage.create({ ...m, edits: winner ? [winner] : [] });
}
