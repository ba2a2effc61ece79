/** main/storage — everything the engine keeps on disk (DESIGN.md §5). */
export { createIdentityFile, IdentityFile, openIdentityFile } from './identity-file';
export { DB_KEY_BYTES, generateDbKey, openValue, sealValue, storageAd } from './db-key';
export {
  DEVICE_STORAGE_DOMAIN,
  PEER_STORAGE_DOMAIN,
  PeerStorage,
  type SplitCodec,
} from './peer-storage';
export { deepFreeze } from './peer-cache';
export { MessageDb, type MessageDbOptions } from './message-db';
export type { MessageObserver, StoredRow } from './message-observer';
export {
  currentVersionOnly,
  DELETED_FOR_EVERYONE,
  DELETED_FOR_ME,
  deletePatch,
  editPatch,
  isModified,
  revisionOf,
} from './message-edits';
export {
  MAX_AROUND,
  NOTICE_TYPE,
  type InsertResult,
  type ListOptions,
  type MessagePage,
} from './messages-table';
export type { GapMark } from './queue-gaps';
export type { PeerRemoval } from './peer-removals';
export type { MessageCursor, StoredMessage } from './message-codec';
export {
  canTransition,
  MESSAGE_STATES,
  type MessageState,
  type StateFields,
} from './message-state';
export { deviceSyncJobId, type NewOutboxJob, type OutboxJob } from './outbox';
export { MIGRATIONS, type Migration } from './migrations';
export type { InboxEntry } from './sync-inbox';
export type { AckKind, OwedAck } from './acks-owed';
export type { NewSyncOut, SyncOut, SyncOutKind } from './sync-outbox';
export { MAX_UNOPENED_PER_PEER, type UnopenedEntry } from './unopened-entries';
export { expiresAtOf, isExpiredAt, type ExpiredMessage } from './expired-messages';
export { AttachmentFiles, newAttachmentLocalId } from './attachment-files';
export type {
  AttachmentRow,
  AttachmentSecrets as StoredAttachmentSecrets,
  AttachmentState,
  NewAttachmentRow,
} from './attachment-rows';
