/**
 * `peers.list`, and the row of one contact as it lists it (views.ts peerView).
 *
 * With `limit`, the first screen: only the `limit` conversations with the newest messages,
 * found in SQLite's index alone, each contact read by itself. The UI shows those at once and
 * asks for the whole list next: with 1,000 contacts the whole list opens every record and the
 * last message of every conversation, which the first frame after unlock used to wait for.
 * The first screen is what the whole list begins with (conversations with messages come first,
 * newest first), so the rows only grow when the whole list arrives.
 */
import type { Peer } from '../client/model';
import type { CommandArgs, CommandResults } from './contract';
import type { ApiSession } from './session';
import { listedPeerView, peerView } from './views';

type Listed = CommandResults['peers.list'];

export async function peersList(s: ApiSession, a: CommandArgs<'peers.list'>): Promise<Listed> {
  if (a.limit !== undefined) return firstScreen(s, a.limit);
  const unread = s.engine.unreadCounts();
  const last = s.profile.messages.lastMessages();
  const peers = await s.engine.listPeers();
  const db = s.profile.messages;
  const views = peers.map((p) => peerView(p, unread.get(p.uid) ?? 0, last.get(p.uid), db));
  s.contactsListed(); // the rest of start-up, now that the UI can show the list
  return views;
}

async function firstScreen(s: ApiSession, limit: number): Promise<Listed> {
  const uids = s.profile.messages.recentConversations(limit);
  const peers = await Promise.all(uids.map((uid) => s.profile.peers.getPeer(uid)));
  const unread = s.engine.unreadCounts();
  const views: Listed = [];
  for (const peer of peers) {
    const view = listedPeerView(s.profile.messages, peer, unread);
    // Without a shown last message (it expired), the contact sorts by name with the rest.
    if (view?.lastMessage) views.push(view);
  }
  return views;
}

/** One contact's row as `peers.list` lists it (its own last message, not every one's). */
export function contactView(s: ApiSession, peer: Peer): CommandResults['peers.update'] {
  const last = s.profile.messages.listMessages(peer.uid, { limit: 1 }).messages[0];
  return peerView(peer, s.engine.unreadCounts().get(peer.uid) ?? 0, last, s.profile.messages);
}
