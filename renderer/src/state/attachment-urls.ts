/**
 * Files on this device, read into the page: `readAttachment` asks `attachments.read` for
 * ranges of MAX_ATTACHMENT_READ_BYTES until the file's size and builds a Blob of its type.
 *
 * Pictures shown in bubbles get an object URL from a small LRU cache by local id, so scrolling
 * back to a photo does not read it again. A bubble holds its URL while it is mounted
 * (`acquire` / `release`); URLs no bubble holds are revoked, oldest first, once the cache is
 * above MAX_CACHE_BYTES, and all of them on lock (`clearAttachmentUrls`), so no decrypted
 * picture stays in the page behind the unlock screen.
 */
import { MAX_ATTACHMENT_READ_BYTES } from '@meow/contract';
import { fromBase64 } from '../lib/attachments';
import { getApi } from '../transport/api';

export const MAX_CACHE_BYTES = 96 * 1024 * 1024;

interface Entry {
  readonly url: string;
  readonly bytes: number;
  users: number;
}

/** Oldest use first (a Map keeps insertion order: a use moves the entry to the end). */
const entries = new Map<string, Entry>();
const loading = new Map<string, Promise<Entry>>();
let total = 0;
let generation = 0;

/** The whole file as a Blob of `mimeType`, read range by range. */
export async function readAttachment(localId: string, size: number, mimeType: string) {
  const parts: Uint8Array<ArrayBuffer>[] = [];
  for (let offset = 0; offset < size;) {
    const length = Math.min(MAX_ATTACHMENT_READ_BYTES, size - offset);
    const { data } = await getApi().commands['attachments.read']({ localId, offset, length });
    const bytes = fromBase64(data);
    if (bytes.length === 0) break; // the file is shorter than its view said
    parts.push(bytes);
    offset += bytes.length;
  }
  return new Blob(parts, { type: mimeType });
}

function evict(): void {
  for (const [localId, entry] of entries) {
    if (total <= MAX_CACHE_BYTES) return;
    if (entry.users > 0) continue;
    entries.delete(localId);
    total -= entry.bytes;
    URL.revokeObjectURL(entry.url);
  }
}

function insert(localId: string, blob: Blob): Entry {
  const old = entries.get(localId);
  if (old) return old;
  const entry: Entry = { url: URL.createObjectURL(blob), bytes: blob.size, users: 0 };
  entries.set(localId, entry);
  total += entry.bytes;
  return entry;
}

function touch(localId: string, entry: Entry): void {
  entries.delete(localId);
  entries.set(localId, entry);
}

/** The cached URL of a file, if any (no read). */
export function cachedUrl(localId: string): string | undefined {
  return entries.get(localId)?.url;
}

/**
 * The picture's URL, held until `release`: from the cache, else read from the engine (one read
 * per local id however many bubbles ask at once).
 */
export async function acquire(localId: string, size: number, mimeType: string): Promise<string> {
  let entry = entries.get(localId);
  if (!entry) {
    const started = generation;
    let pending = loading.get(localId);
    if (!pending) {
      const read = readAttachment(localId, size, mimeType).then((blob) => {
        if (started !== generation) throw new Error('locked meanwhile');
        return insert(localId, blob);
      });
      pending = read.finally(() => {
        if (loading.get(localId) === pending) loading.delete(localId);
      });
      loading.set(localId, pending);
    }
    entry = await pending;
  }
  entry.users += 1;
  touch(localId, entry);
  evict();
  return entry.url;
}

export function release(localId: string): void {
  const entry = entries.get(localId);
  if (!entry) return;
  entry.users = Math.max(0, entry.users - 1);
  evict();
}

/** A picture this page just sent: shown from its own bytes, never read back. */
export function seedAttachmentUrl(localId: string, blob: Blob): void {
  insert(localId, blob);
  evict();
}

/** On lock (and between tests): every URL revoked, reads under way dropped. */
export function clearAttachmentUrls(): void {
  generation += 1;
  for (const entry of entries.values()) URL.revokeObjectURL(entry.url);
  entries.clear();
  loading.clear();
  total = 0;
}
