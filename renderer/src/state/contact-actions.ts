/**
 * What the user does to a contact (engine/contacts.ts): rename, block, clear the conversation,
 * delete it, cancel an invitation, verify. Each reaches every device of theirs through the
 * engine; here the lists are reloaded and a deleted contact's conversation is closed.
 */
import type { PeerView } from '@meow/contract';
import { getApi } from '../transport/api';
import { useContacts } from './contacts';
import { useMessages } from './messages';
import { useNavigation } from './navigation';

const commands = () => getApi().commands;

async function reload(): Promise<void> {
  await useContacts.getState().load();
}

/** The contact is gone (here or on another device): its conversation closes. */
export function onPeerRemoved(peerUid: string): void {
  useMessages.getState().forget(peerUid);
  if (useNavigation.getState().openPeer === peerUid) useNavigation.getState().openChat(null);
}

export const contactActions = {
  async rename(peerUid: string, name: string): Promise<void> {
    await commands()['peers.update']({ peerUid, name });
    await reload();
  },
  async setBlocked(peerUid: string, blocked: boolean): Promise<void> {
    await commands()['peers.update']({ peerUid, blocked });
    await reload();
  },
  async clearConversation(peerUid: string): Promise<void> {
    await commands()['peers.clearConversation']({ peerUid });
    useMessages.getState().forget(peerUid);
    await Promise.all([useMessages.getState().loadLatest(peerUid), reload()]);
  },
  async deleteContact(peerUid: string): Promise<void> {
    await commands()['peers.delete']({ peerUid });
    onPeerRemoved(peerUid);
    await reload();
  },
  async cancelInvitation(peerUid: string): Promise<{ shortcodeDeleted: boolean }> {
    const result = await commands()['invitations.cancel']({ peerUid });
    onPeerRemoved(peerUid);
    await reload();
    return result;
  },
  safetyCode(peerUid: string): Promise<{ code: string; qr: string }> {
    return commands()['peers.safetyCode']({ peerUid });
  },
  async verify(peerUid: string, verified: boolean): Promise<PeerView> {
    const view = await commands()['peers.verify']({ peerUid, verified });
    await reload();
    return view;
  },
};
