/**
 * One conversation: header, the virtualized messages and the composer. Files dropped anywhere
 * on it go to the composer's tray (FileDrop.tsx).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { MessageView, PeerView } from '@meow/contract';
import { selectPeer, useContacts } from '../../state/contacts';
import { deviceName, useDevices } from '../../state/devices';
import { useMessages } from '../../state/messages';
import { useNavigation } from '../../state/navigation';
import { Avatar } from '../../ui/Avatar';
import { ErrorText } from '../../ui/ErrorText';
import { ContactMenu, ContactStatus } from '../contacts/ContactMenu';
import { Composer } from './Composer';
import { DisappearingPicker } from './DisappearingPicker';
import { DropOverlay, useFileDrop } from './FileDrop';
import { MessageList } from './MessageList';
import { PrimaryChangeNotice, PrimaryDevice } from './PrimaryDevice';
import { ConversationSearch } from '../search/ConversationSearch';

function stepNote(peer: PeerView): string | null {
  if (peer.step === 'finalized') return null;
  if (peer.step === 'offered') {
    return 'Invitation pending — waiting for them to accept it. Cancel it in Contact options';
  }
  return 'Connecting…';
}

/**
 * Marks messages read one call at a time (each sends a read receipt), once per message; each
 * answer carries the conversation's new unread count (no contact list reload).
 */
function useMarkRead(peerUid: string): (messages: MessageView[]) => void {
  const requested = useRef(new Set<string>());
  const queue = useRef<string[]>([]);
  const running = useRef(false);

  useEffect(() => {
    requested.current = new Set();
    queue.current = [];
  }, [peerUid]);

  return useCallback(
    (messages: MessageView[]) => {
      for (const m of messages) {
        if (requested.current.has(m.uuid)) continue;
        requested.current.add(m.uuid);
        queue.current.push(m.uuid);
      }
      if (running.current) return;
      running.current = true;
      void (async () => {
        for (let uuid = queue.current.shift(); uuid; uuid = queue.current.shift()) {
          try {
            await useMessages.getState().markRead(peerUid, uuid);
          } catch {
            requested.current.delete(uuid);
          }
        }
        running.current = false;
      })();
    },
    [peerUid],
  );
}

export function Conversation({ peerUid }: { peerUid: string }) {
  const peer = useContacts(selectPeer(peerUid));
  const thread = useMessages((s) => s.threads[peerUid]);
  const devices = useDevices((s) => s.devices);
  const [replyTo, setReplyTo] = useState<MessageView | null>(null);
  const onSeen = useMarkRead(peerUid);

  useEffect(() => {
    setReplyTo(null);
    void useMessages.getState().loadLatest(peerUid);
  }, [peerUid]);

  const onLoadOlder = useCallback(() => {
    void useMessages.getState().loadOlder(peerUid);
  }, [peerUid]);
  const onLoadNewer = useCallback(() => {
    void useMessages.getState().loadNewer(peerUid);
  }, [peerUid]);
  const onRetry = useCallback(
    (m: MessageView) => useMessages.getState().retry(peerUid, m.uuid),
    [peerUid],
  );
  const onEdit = useCallback(
    (m: MessageView, text: string) => useMessages.getState().edit(peerUid, m.uuid, text),
    [peerUid],
  );
  const onDelete = useCallback(
    (m: MessageView, forEveryone: boolean) =>
      useMessages.getState().remove(peerUid, m.uuid, forEveryone),
    [peerUid],
  );
  const onSend = useCallback(
    (text: string, reply: string | undefined) => useMessages.getState().send(peerUid, text, reply),
    [peerUid],
  );
  const onSendFiles = useCallback(
    (files: readonly File[], caption: string, reply: string | undefined) =>
      useMessages.getState().sendFiles(peerUid, files, caption, reply),
    [peerUid],
  );
  const onCancelReply = useCallback(() => {
    setReplyTo(null);
  }, []);
  const drop = useFileDrop(peerUid, peer !== undefined && !peer.blocked);

  if (!peer) return <p className="muted center">This conversation no longer exists.</p>;
  const note = stepNote(peer);
  const forwarder = peer.primaryDeviceUid ? deviceName(devices, peer.primaryDeviceUid) : '';

  return (
    <section
      className="conversation"
      aria-label={`Conversation with ${peer.name}`}
      {...drop.handlers}
    >
      {drop.dragging && <DropOverlay peerName={peer.name} />}
      <header className="conversation-header">
        <button
          type="button"
          className="icon-button back-button"
          aria-label="Back to conversations"
          onClick={() => {
            useNavigation.getState().openChat(null);
          }}
        >
          ←
        </button>
        <Avatar name={peer.name} image={peer.avatar} size={36} />
        <div className="conversation-heading">
          <h2 data-testid="conversation-title">{peer.name}</h2>
          {note && <p className="muted small">{note}</p>}
          <ContactStatus peer={peer} />
          <PrimaryDevice peer={peer} />
        </div>
        <ContactMenu key={peer.uid} peer={peer} />
        <DisappearingPicker peer={peer} />
        <ConversationSearch key={`search-${peerUid}`} peerUid={peerUid} peerName={peer.name} />
      </header>
      <PrimaryChangeNotice peer={peer} />
      <ErrorText error={thread?.error ?? null} />
      {thread?.loaded ? (
        <MessageList
          key={peerUid}
          thread={thread}
          deviceName={forwarder || 'your other device'}
          peerName={peer.name}
          onReply={setReplyTo}
          onRetry={onRetry}
          onEdit={onEdit}
          onDelete={onDelete}
          onLoadOlder={onLoadOlder}
          onLoadNewer={onLoadNewer}
          onSeen={onSeen}
        />
      ) : (
        <div className="message-scroll" role="status">
          <p className="muted center">Loading…</p>
        </div>
      )}
      {peer.blocked ? (
        <p className="muted center pad" data-testid="blocked-note">
          You blocked {peer.name}. Unblock them in Contact options to write again.
        </p>
      ) : (
        <Composer
          key={`composer-${peerUid}`}
          peerUid={peerUid}
          peerName={peer.name}
          replyTo={replyTo}
          onCancelReply={onCancelReply}
          onSend={onSend}
          onSendFiles={onSendFiles}
        />
      )}
    </section>
  );
}
