/**
 * The conversation notice of a contact whose keys changed (devices/sync-contacts.ts writes it):
 * a local row like the relay-gap notice of gaps.ts — NOTICE_TYPE, inbound and read, never
 * sent, acked or synced — that the UI words from `appdata`.
 */
import type { meow } from '../../../proto';
import { NOTICE_TYPE } from '../../storage';

export interface KeyChangedNotice {
  readonly kind: 'key_changed';
}

export function keyChangeNotice(uuid: string, now: number): meow.IDbMessage {
  const notice: KeyChangedNotice = { kind: 'key_changed' };
  return {
    outbound: false,
    type: NOTICE_TYPE,
    text: "This contact's security keys changed. Compare your safety codes again",
    appdata: new TextEncoder().encode(JSON.stringify(notice)),
    status: { uuid },
    state: 'read',
    createdAt: now,
    readAt: now,
  };
}

/** The key-change notice a stored row carries; null for anything else. */
export function keyChangeNoticeOf(message: meow.IDbMessage): KeyChangedNotice | null {
  if (message.type !== NOTICE_TYPE || !message.appdata) return null;
  try {
    const parsed = JSON.parse(new TextDecoder().decode(message.appdata)) as { kind?: unknown };
    return parsed.kind === 'key_changed' ? { kind: 'key_changed' } : null;
  } catch {
    return null;
  }
}
