/**
 * Engine events → store reloads. Bursts (a history sync, a backlog after being offline) are
 * coalesced per target, so a thousand events cost a handful of list calls.
 */
import type { MeowApi } from '@meow/contract';
import { followUnread, notifyReceived } from './attention';
import { onPeerRemoved } from './contact-actions';
import { useContacts } from './contacts';
import { useDevices } from './devices';
import { useMessages } from './messages';
import { usePairing } from './pairing';
import { useSession } from './session';
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
  const thread = (peerUid: string): void => {
    if (!unlocked() || !(peerUid in useMessages.getState().threads)) return;
    later.run(`thread:${peerUid}`, () => useMessages.getState().loadLatest(peerUid));
  };
  const messageChanged = (e: { peerUid: string }): void => {
    thread(e.peerUid);
    contacts();
  };

  const offs = [
    api.on('app.stateChanged', (e) => {
      useSession.getState().setState(e.state);
    }),
    api.on('message.received', (e) => {
      messageChanged(e);
      notifyReceived(e.peerUid, e.text);
    }),
    api.on('message.statusChanged', (e) => {
      useMessages.getState().patchState(e.peerUid, e.uuid, e.state, e.reason);
      messageChanged(e);
    }),
    api.on('message.stored', messageChanged),
    api.on('message.updated', (e) => {
      if (unlocked()) {
        later.run(`row:${e.peerUid}:${e.uuid}`, () =>
          useMessages.getState().refreshOne(e.peerUid, e.uuid),
        );
      }
      contacts();
    }),
    api.on('message.expired', (e) => {
      useMessages.getState().dropExpired(e.peerUid, e.uuid);
      contacts(); // its last line and unread count may have gone with it
    }),
    api.on('queue.expired', (e) => {
      // A contact's notice row came with 'message.stored'; a device has no conversation.
      if (e.device) useDevices.getState().onQueueExpired(e);
    }),
    api.on('peer.added', contacts),
    api.on('peer.updated', contacts),
    api.on('invitation.finalized', contacts),
    api.on('peer.removed', (e) => {
      onPeerRemoved(e.peerUid);
      contacts();
    }),
    api.on('conversation.cleared', (e) => {
      const open = e.peerUid in useMessages.getState().threads;
      useMessages.getState().forget(e.peerUid);
      if (open && unlocked()) void useMessages.getState().loadLatest(e.peerUid);
      contacts();
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
    api.on('server.added', () => {
      if (unlocked()) later.run('servers', () => useSettings.getState().loadServers());
    }),
    api.on('peer.primaryChanged', (e) => {
      useDevices.getState().onPrimaryChanged(e);
      contacts(); // who the primary is comes from peers.list (and devices.list: primaryFor)
      devices();
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
