/** The unlocked app: main navigation, the conversation list and the current screen. */
import type { ReactNode } from 'react';
import { useContacts } from '../state/contacts';
import { useNavigation, type Screen } from '../state/navigation';
import { useSession } from '../state/session';
import { profileAvatar, useSettings } from '../state/settings';
import { Avatar } from '../ui/Avatar';
import { AddContact } from './contacts/AddContact';
import { Conversation } from './conversation/Conversation';
import { ConversationList } from './conversations/ConversationList';
import { Devices } from './devices/Devices';
import { RelayStatusBanner } from './relay/RelayStatus';
import { Settings } from './settings/Settings';

const SCREENS: readonly { screen: Screen; label: string }[] = [
  { screen: 'chats', label: 'Chats' },
  { screen: 'add-contact', label: 'Add contact' },
  { screen: 'devices', label: 'Devices' },
  { screen: 'settings', label: 'Settings' },
];

function MainNav() {
  const screen = useNavigation((s) => s.screen);
  const profile = useSettings((s) => s.profile);
  const unread = useContacts((s) => s.peers.reduce((n, p) => n + p.unread, 0));
  return (
    <nav className="rail" aria-label="Main">
      <div className="rail-me" title={profile?.nickname}>
        <Avatar name={profile?.nickname ?? '?'} image={profileAvatar(profile)} size={36} />
      </div>
      {SCREENS.map(({ screen: s, label }) => (
        <button
          key={s}
          type="button"
          className="rail-button"
          aria-current={screen === s ? 'page' : undefined}
          data-testid={`nav-${s}`}
          onClick={() => {
            useNavigation.getState().go(s);
          }}
        >
          {label}
          {s === 'chats' && unread > 0 && (
            <span
              className="unread-badge"
              role="img"
              aria-label={`${unread} unread`}
              data-testid="total-unread"
            >
              {unread > 999 ? '999+' : unread}
            </span>
          )}
        </button>
      ))}
      <button
        type="button"
        className="rail-button rail-lock"
        data-testid="lock-button"
        onClick={() => void useSession.getState().lock()}
      >
        Lock
      </button>
    </nav>
  );
}

function Chats() {
  const openPeer = useNavigation((s) => s.openPeer);
  // The relay notice spans both columns: in a narrow window only one of them is shown.
  return (
    <div className="chats-frame">
      <RelayStatusBanner />
      <div className={`chats${openPeer ? ' has-open' : ''}`}>
        <ConversationList />
        <main className="chat-main" aria-label="Conversation">
          {openPeer ? (
            <Conversation peerUid={openPeer} />
          ) : (
            <p className="muted center">Choose a conversation, or add a contact to start one.</p>
          )}
        </main>
      </div>
    </div>
  );
}

export function Shell() {
  const screen = useNavigation((s) => s.screen);
  let content: ReactNode;
  if (screen === 'chats') content = <Chats />;
  else {
    const Page = screen === 'add-contact' ? AddContact : screen === 'devices' ? Devices : Settings;
    content = (
      <main className="page" aria-label={SCREENS.find((s) => s.screen === screen)?.label}>
        <Page />
      </main>
    );
  }
  return (
    <div className="shell">
      <MainNav />
      {content}
    </div>
  );
}
