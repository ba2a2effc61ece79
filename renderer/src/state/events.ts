/**
 * Engine events → the stores. An event about a message or a contact carries its row as
 * messages.list / peers.list would list it now (main/api/view-events.ts): the stores patch that
 * row in place and nothing is listed again. What is still reloaded is rare and not per message
 * (devices, the profile, a cleared conversation, the end of a history sync), coalesced per
 * target so a burst costs one call.
 */
import type { MeowApi, MessageView, PeerView } from '@meow/contract';
import { followUnread, notifyReceived } from './attention';
import { onPeerRemoved } from './contact-actions';
import { useContacts } from './contacts';
import { useDevices } from './devices';
import { useMessages } from './messages';
import { usePairing } from './pairing';
import { useSession } from './session';
import { useRelayHealth } from './relay-health';
import { useSettings } from './settings';

const COALESCE_MS = 40;

function coalescer(): { run(key: string, fn: () => unknown): void; cancel(): void } {
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  return {
    run(key, fn) {
      if (timers.has(key)) return;
      timers.set(
        key,
        setTimeout(() => {
          timers.delete(key);
          void fn();
        }, COALESCE_MS),
      );
    },
    cancel() {
      for (const t of timers.values()) clearTimeout(t);
      timers.clear();
    },
  };
}

const unlocked = (): boolean => useSession.getState().state === 'unlocked';

/** Everything the unlocked app shows, loaded again (after unlock or a reconnect). */
export function reloadAll(): void {
  if (!unlocked()) return;
  void useContacts.getState().load();
  void useDevices.getState().load();
  void useSettings.getState().loadProfile();
  void useSettings.getState().loadServers();
  void useSettings.getState().loadHosted();
  void useRelayHealth.getState().load();
  const messages = useMessages.getState();
  for (const peerUid of Object.keys(messages.threads)) void messages.loadLatest(peerUid);
}

export function connectEvents(api: MeowApi): () => void {
  const later = coalescer();
  const contacts = (): void => {
    if (unlocked()) later.run('contacts', () => useContacts.getState().load());
  };
  const devices = (): void => {
    if (unlocked()) later.run('devices', () => useDevices.getState().load());
  };
  /** A message's row and its conversation's, from an event. */
  const messageChanged = (e: {
    peerUid: string;
    uuid: string;
    message: MessageView | null;
    peer: PeerView | null;
  }): void => {
    if (!unlocked()) return;
    useMessages.getState().applyView(e.peerUid, e.uuid, e.message);
    // null: a contact peers.list does not list; a contact event (below) says when it goes.
    if (e.peer) useContacts.getState().put(e.peer);
  };
  /** A contact's row from a contact event: null means it is not listed any more. */
  const peerChanged = (e: { peerUid: string; peer: PeerView | null }): void => {
    if (!unlocked()) return;
    if (e.peer) useContacts.getState().put(e.peer);
    else useContacts.getState().remove(e.peerUid);
  };

  const offs = [
    api.on('app.stateChanged', (e) => {
      useSession.getState().setState(e.state);
    }),
    api.on('message.received', (e) => {
      messageChanged(e);
      notifyReceived(e.peerUid, e.text);
    }),
    api.on('message.statusChanged', messageChanged),
    api.on('message.stored', messageChanged),
    api.on('message.updated', messageChanged),
    // A photo or file moved (progress, downloaded, failed): the message's row as it is now.
    api.on('attachment.updated', messageChanged),
    api.on('message.expired', (e) => {
      useMessages.getState().dropExpired(e.peerUid, e.uuid);
      peerChanged(e); // its last line and unread count may have gone with it
    }),
    api.on('queue.expired', (e) => {
      // A contact's notice row came with 'message.stored'; a device has no conversation.
      if (e.device) useDevices.getState().onQueueExpired(e);
    }),
    api.on('peer.added', peerChanged),
    api.on('peer.updated', peerChanged),
    api.on('invitation.finalized', peerChanged),
    api.on('peer.removed', (e) => {
      onPeerRemoved(e.peerUid);
      useContacts.getState().remove(e.peerUid);
    }),
    api.on('conversation.cleared', (e) => {
      // Rare, and what is left (messages stored after the clear) is not in the event.
      const open = e.peerUid in useMessages.getState().threads;
      useMessages.getState().forget(e.peerUid);
      if (open && unlocked()) void useMessages.getState().loadLatest(e.peerUid);
      peerChanged(e);
    }),
    api.on('device.pairingRequested', (e) => {
      usePairing.getState().onPairingRequested(e);
      devices();
    }),
    api.on('device.paired', (e) => {
      usePairing.getState().onPaired(e.deviceUid);
      devices();
      contacts();
    }),
    api.on('device.removed', (e) => {
      usePairing.getState().onRemoved(e);
      devices();
      contacts();
    }),
    api.on('profile.updated', () => {
      if (unlocked()) later.run('profile', () => useSettings.getState().loadProfile());
    }),
    api.on('worker.state', () => {
      if (unlocked()) later.run('health', () => useRelayHealth.getState().load());
    }),
    api.on('server.added', () => {
      if (unlocked()) later.run('servers', () => useSettings.getState().loadServers());
    }),
    api.on('peer.primaryChanged', (e) => {
      useDevices.getState().onPrimaryChanged(e);
      peerChanged(e);
      devices(); // devices.list: primaryFor
    }),
    api.on('sync.progress', (e) => {
      useDevices.getState().onProgress(e);
      if (e.done) later.run('all', reloadAll);
      else contacts();
    }),
  ];
  const offAttention = followUnread();
  return () => {
    later.cancel();
    offAttention();
    for (const off of offs) off();
  };
}
