/** Which screen is shown and which conversation is open. */
import { create } from 'zustand';
import { showRoute } from './route';

export type Screen = 'chats' | 'add-contact' | 'devices' | 'settings';

export interface NavigationState {
  readonly screen: Screen;
  readonly openPeer: string | null;
  go(screen: Screen): void;
  openChat(peerUid: string | null): void;
}

export const useNavigation = create<NavigationState>()((set) => ({
  screen: 'chats',
  openPeer: null,
  go(screen) {
    showRoute(screen);
    set({ screen });
  },
  openChat(openPeer) {
    showRoute('chats');
    set({ screen: 'chats', openPeer });
  },
}));
