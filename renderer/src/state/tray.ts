/**
 * The files chosen for the next message, per conversation (like the text drafts: switching
 * chats loses nothing): from the attach button, a drop onto the conversation or a paste. A
 * file above the engine's limit, or beyond 32, is refused at once with a sentence saying so.
 * Pictures get an object URL of the file for their thumbnail in the tray, revoked when the
 * file leaves the tray. Pictures start being prepared for sending at once (prepare-files.ts).
 */
import { create } from 'zustand';
import { errorSentence } from '@meow/contract';
import { humanSize, isShownImageType, MAX_FILE_BYTES, MAX_FILES } from '../lib/attachments';
import { prepareAhead } from '../lib/prepare-files';

export interface TrayItem {
  readonly id: string;
  readonly file: File;
  /** An object URL of the file for its thumbnail (pictures only). */
  readonly previewUrl: string | null;
}

export interface TrayState {
  readonly trays: Readonly<Record<string, readonly TrayItem[]>>;
  /** Why files were left out of a conversation's tray, or null. */
  readonly refusals: Readonly<Record<string, string | null>>;
  add(peerUid: string, files: readonly File[]): void;
  /** Takes these items out of the tray (removed, or sent). */
  remove(peerUid: string, ids: readonly string[]): void;
  clear(peerUid: string): void;
  /** Every tray emptied (on lock). */
  clearAll(): void;
}

let seq = 0;

function previewOf(file: File): string | null {
  if (!isShownImageType(file.type) || typeof URL.createObjectURL !== 'function') return null;
  return URL.createObjectURL(file);
}

function revoke(items: readonly TrayItem[]): void {
  for (const item of items) if (item.previewUrl) URL.revokeObjectURL(item.previewUrl);
}

function tooLarge(file: File): string {
  const name = file.name ? `“${file.name}” (${humanSize(file.size)})` : humanSize(file.size);
  return `${name} was not added. ${errorSentence('ATTACHMENT_TOO_LARGE')} The limit is ${humanSize(
    MAX_FILE_BYTES,
  )} per file.`;
}

/** The files that fit after `current` items, and the sentences for those left out. */
function admit(current: number, files: readonly File[]): { kept: File[]; refused: string[] } {
  const kept: File[] = [];
  const refused: string[] = [];
  let over = 0;
  for (const file of files) {
    if (file.size > MAX_FILE_BYTES) refused.push(tooLarge(file));
    else if (current + kept.length >= MAX_FILES) over += 1;
    else kept.push(file);
  }
  if (over > 0) {
    refused.push(
      `A message can carry at most ${MAX_FILES} files: ${over === 1 ? '1 file was' : `${over} files were`} not added.`,
    );
  }
  return { kept, refused };
}

export const useTray = create<TrayState>()((set, get) => ({
  trays: {},
  refusals: {},
  add(peerUid, files) {
    const current = get().trays[peerUid] ?? [];
    const { kept, refused } = admit(current.length, files);
    const items = kept.map((file) => ({ id: `f${++seq}`, file, previewUrl: previewOf(file) }));
    prepareAhead(kept);
    set((s) => ({
      trays: { ...s.trays, [peerUid]: [...(s.trays[peerUid] ?? []), ...items] },
      refusals: { ...s.refusals, [peerUid]: refused.length > 0 ? refused.join(' ') : null },
    }));
  },
  remove(peerUid, ids) {
    const current = get().trays[peerUid] ?? [];
    const leaving = current.filter((i) => ids.includes(i.id));
    if (leaving.length === 0) return;
    revoke(leaving);
    set((s) => ({
      trays: { ...s.trays, [peerUid]: current.filter((i) => !ids.includes(i.id)) },
      refusals: { ...s.refusals, [peerUid]: null },
    }));
  },
  clear(peerUid) {
    revoke(get().trays[peerUid] ?? []);
    set((s) => ({
      trays: { ...s.trays, [peerUid]: [] },
      refusals: { ...s.refusals, [peerUid]: null },
    }));
  },
  clearAll() {
    for (const items of Object.values(get().trays)) revoke(items);
    set({ trays: {}, refusals: {} });
  },
}));
