/**
 * The command and event names as plain data (no zod), for code that must stay tiny: the
 * preload builds one function per command from this list, and hosts forward exactly these
 * events. contract.ts checks at compile time that the lists match its types. Outside main/,
 * import these through the contract entry, '@meow/contract' (public.ts).
 */
export const COMMAND_NAMES = [
  'app.status',
  'identity.create',
  'identity.unlock',
  'identity.lock',
  'identity.changePassword',
  'profile.get',
  'profile.update',
  'servers.list',
  'servers.health',
  'servers.add',
  'servers.remove',
  'servers.hosted',
  'servers.host',
  'servers.stopHosting',
  'peers.list',
  'peers.update',
  'peers.setExpiry',
  'invitations.create',
  'invitations.accept',
  'messages.list',
  'messages.search',
  'messages.around',
  'messages.send',
  'messages.markRead',
  'messages.retry',
  'messages.edit',
  'messages.delete',
  'attachments.send',
  'attachments.write',
  'attachments.download',
  'attachments.cancel',
  'attachments.link',
  'attachments.read',
  'devices.list',
  'devices.invite',
  'devices.join',
  'devices.confirm',
  'devices.reject',
  'devices.revoke',
  'devices.requestHistory',
  'devices.makePrimary',
  'peers.delete',
  'peers.clearConversation',
  'peers.safetyCode',
  'peers.verify',
  'invitations.cancel',
] as const;

export const EVENT_NAMES = [
  'app.stateChanged',
  'message.received',
  'message.statusChanged',
  'message.stored',
  'message.updated',
  'peer.added',
  'peer.updated',
  'invitation.finalized',
  'device.pairingRequested',
  'device.paired',
  'device.removed',
  'profile.updated',
  'server.added',
  'sync.progress',
  'peer.primaryChanged',
  'queue.expired',
  'peer.removed',
  'conversation.cleared',
  'message.expired',
  'attachment.updated',
  'worker.state',
  'error',
] as const;

/**
 * One `attachments.write` piece at most (raw bytes; base64 in the call): its frame, ≈ 700 KB of
 * base64, stays under the browser host's 1 MiB WebSocket frame limit (webhost/socket.ts).
 */
export const MAX_ATTACHMENT_WRITE_BYTES = 512 * 1024;
/** One `attachments.read` range at most (the reply's frame, likewise). */
export const MAX_ATTACHMENT_READ_BYTES = 512 * 1024;

/** IPC channels (Electron) — one for commands, one for events. */
export const IPC_COMMAND_CHANNEL = 'meow:command';
export const IPC_EVENT_CHANNEL = 'meow:event';

/** Shortest password for the identity file (contract.ts validates it; the UI checks it first). */
export const PASSWORD_MIN_LENGTH = 8;
