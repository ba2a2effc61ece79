/** Engine records → the plain views the UI receives (contract.ts). Never keys or secrets. */
import { cardFingerprint } from '../../core/card';
import type { AttachmentRow, MessageDb, MessagePage, StoredMessage } from '../storage';
import { attachmentRowsOf, attachmentViews } from './attachment-views';
import type { SearchHit } from '../client/search';
import { fromB64 } from '../client/b64';
import type { DeviceInfo } from '../client/devices';
import { noticeOf } from '../client/engine/gaps';
import { keyChangeNoticeOf } from '../client/engine/contact-notice';
import { isVerified, keysChangedSinceVerified } from '../client/peers/safety-code';
import { timerNoticeOf, timerOf } from '../client/engine/expiry-fields';
import type { DeviceSettings, IdentityProfile, Peer, ServerRef } from '../client/model';
import type {
  DeviceView,
  MessageView,
  NoticeView,
  PeerView,
  SearchHitView,
  ProfileView,
  ServerView,
} from './contract';

function noticeView(m: StoredMessage): NoticeView | null {
  const gap = noticeOf(m.message);
  if (gap) return gap;
  return keyChangeNoticeOf(m.message) ? { kind: 'key_changed', expired: 0, unknown: false } : null;
}

/** `rows`: the message's attachment rows (attachment-views.ts `attachmentRowsOf`). */
export function messageView(m: StoredMessage, rows: readonly AttachmentRow[] = []): MessageView {
  return {
    uuid: m.uuid,
    outbound: m.outbound,
    text: m.message.text,
    state: m.state,
    createdAt: m.createdAt,
    sentAt: m.sentAt,
    replyTo: m.message.status?.replyToUuid ?? '',
    failureReason: m.failureReason,
    cursor: { createdAt: m.createdAt, id: m.id },
    notice: noticeView(m) ?? timerNoticeOf(m.message),
    editedAt: m.message.editedAt > 0 ? m.message.editedAt : null,
    deleted: m.message.deleted !== '',
    expiresAt: m.expiresAt,
    attachments: attachmentViews(m, rows),
  };
}

export function pageView(page: MessagePage, db: MessageDb) {
  return {
    // Deleted for me: kept only as a tombstone (dedup, sync), never listed.
    messages: page.messages
      .filter((m) => m.message.deleted !== 'me')
      .map((m) => messageView(m, attachmentRowsOf(db, m))),
    nextCursor: page.nextCursor ?? null,
    newerCursor: page.newerCursor ?? null,
  };
}

export function searchHitView({ message: m, snippet }: SearchHit): SearchHitView {
  return {
    peerUid: m.peerUid,
    uuid: m.uuid,
    outbound: m.outbound,
    createdAt: m.createdAt,
    cursor: { createdAt: m.createdAt, id: m.id },
    snippet: { text: snippet.text, ranges: snippet.ranges },
  };
}

/** `db`: to show the last message's attachments as they stand (attachment-views.ts). */
export function peerView(
  peer: Peer,
  unread: number,
  last: StoredMessage | undefined,
  db: MessageDb,
): PeerView {
  return {
    uid: peer.uid,
    name: peer.name,
    avatar: peer.avatar,
    step: peer.invitationStep,
    unread,
    lastMessage: last ? messageView(last, attachmentRowsOf(db, last)) : null,
    primaryDeviceUid: peer.primaryDeviceUid,
    blocked: peer.blocked,
    messageNotification: peer.messageNotification,
    verified: isVerified(peer),
    keyChanged: keysChangedSinceVerified(peer),
    expiry: { seconds: timerOf(peer).seconds, by: timerOf(peer).by },
  };
}

/**
 * A contact's row as `peers.list` lists it now — only visible contacts, as engine.listPeers
 * — or null. Its last message is the newest row, as lastMessages() finds it.
 */
export function listedPeerView(
  messages: MessageDb,
  peer: Peer | undefined,
  unread: ReadonlyMap<string, number>,
): PeerView | null {
  if (peer?.type !== 'peer' || !peer.visible) return null;
  const last = messages.listMessages(peer.uid, { limit: 1 }).messages[0];
  return peerView(peer, unread.get(peer.uid) ?? 0, last, messages);
}

export function profileView(p: IdentityProfile, settings: Required<DeviceSettings>): ProfileView {
  return {
    nickname: p.nickname,
    status: p.status,
    defaultAvatar: p.defaultAvatar,
    avatars: p.avatars.map((a) => ({ id: a.id, dataUrl: a.dataUrl })),
    separatePolls: settings.separatePolls,
    notificationText: settings.notificationText,
    autoDownloadMiB: settings.autoDownloadMiB,
  };
}

export function serverView(s: ServerRef): ServerView {
  const fingerprint = cardFingerprint({ publicKey: fromB64(s.publicKey, 'server key') });
  return { url: s.url, name: s.name, fingerprint };
}

export function deviceView(d: DeviceInfo, peers: readonly Peer[]): DeviceView {
  return {
    uid: d.uid,
    name: d.name,
    step: d.step,
    code: d.code ?? null,
    pairedAt: d.pairedAt,
    primaryFor: peers.filter((p) => p.primaryDeviceUid === d.uid).map((p) => p.uid),
    lastSeenAt: d.lastSeenAt,
    syncWaiting: d.syncWaiting,
    expiresAt: d.expiresAt,
  };
}
