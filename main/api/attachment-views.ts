/**
 * A message's photos and files as the UI sees them (view-types.ts AttachmentView): what each
 * is — from its pointer, or, on the sending device before the file is sealed, from what was
 * recorded when it was sent — and where its transfer stands on this device. Never the key,
 * the tokens or the relay.
 */
import { decodePointer } from '../../core/attachments';
import { isAppError } from '../../core/errors';
import type { meow } from '../../proto';
import type { AttachmentRow, MessageDb, StoredMessage } from '../storage';
import type { AttachmentView } from './view-types';

/** The rows of a message that may have attachments (one indexed read; none for a text). */
export function attachmentRowsOf(db: MessageDb, m: StoredMessage): AttachmentRow[] {
  const mayHave =
    m.message.attachments.length > 0 || (m.outbound && ['pending', 'failed'].includes(m.state));
  return mayHave ? db.attachmentsOf(m.peerUid, m.uuid) : [];
}

export function attachmentViews(
  m: StoredMessage,
  rows: readonly AttachmentRow[],
): AttachmentView[] {
  if (m.message.deleted) return [];
  const shown = rows.filter(isShown);
  if (rows.length > 0) return shown.map(rowView);
  // A row this device never made (none should be missing): what the pointer says.
  return m.message.attachments.map((pointer, position) => pointerView(pointer, position));
}

type ShownRow = AttachmentRow & { readonly state: AttachmentView['state'] };

/** A row being purged belongs to a message deleted or expired: never shown. */
function isShown(row: AttachmentRow): row is ShownRow {
  return row.state !== 'purging' && row.state !== 'deleting';
}

function rowView(row: ShownRow): AttachmentView {
  return {
    localId: row.localId,
    position: row.position,
    ...describe(row),
    size: row.plaintextLength,
    state: row.state,
    doneChunks: row.doneChunks,
    chunkCount: row.chunkCount,
    error: row.lastError,
  };
}

/** From the pointer once there is one; before (sending, still sealing), from the row. */
function describe(row: AttachmentRow) {
  const s = row.secrets;
  const p = s.pointer ? describedBy(s.pointer) : undefined;
  if (p) {
    const { name, mimeType, width, height } = p;
    return { name, mimeType, width, height, thumbnail: dataUrl(p.thumbnail) };
  }
  return {
    name: s.name ?? '',
    mimeType: s.mimeType ?? '',
    width: s.width ?? 0,
    height: s.height ?? 0,
    thumbnail: dataUrl(s.thumbnail),
  };
}

function pointerView(pointer: meow.IAttachmentPointer, position: number): AttachmentView {
  const encoded = { name: pointer.name ?? '', mimeType: pointer.mimeType ?? '' };
  return {
    localId: null,
    position,
    ...encoded,
    size: pointer.plaintextLength ?? 0,
    width: pointer.width ?? 0,
    height: pointer.height ?? 0,
    thumbnail: dataUrl(pointer.thumbnail ?? undefined),
    state: 'invalid',
    doneChunks: 0,
    chunkCount: pointer.chunkCount ?? 0,
    error: 'ATTACHMENT_POINTER_INVALID',
  };
}

function describedBy(bytes: Uint8Array) {
  try {
    return decodePointer(bytes);
  } catch (err) {
    if (isAppError(err)) return undefined; // an `invalid` row: its state says so
    throw err;
  }
}

/** A preview the window can show: JPEG, WebP or PNG by their first bytes; anything else none. */
function dataUrl(bytes: Uint8Array | undefined): string | null {
  if (!bytes || bytes.length === 0) return null;
  const type = imageType(bytes);
  return type ? `data:${type};base64,${Buffer.from(bytes).toString('base64')}` : null;
}

function imageType(b: Uint8Array): string | undefined {
  if (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg';
  if (b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47) return 'image/png';
  const ascii = (from: number, to: number) => String.fromCharCode(...b.subarray(from, to));
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'image/webp';
  return undefined;
}
