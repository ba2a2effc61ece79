/** What each command does, on a session (arguments already validated by the dispatcher). */
import { AppError } from '../../core/errors';
import { RelayClient } from '../client/relay';
import type { ApiCaller } from './caller';
import type { CommandArgs, CommandName, CommandResults } from './contract';
import { attachmentHandlers } from './attachment-handlers';
import { contactHandlers } from './contact-handlers';
import { contactView, peersList } from './peer-listing';
import { hostedRelayHandlers } from './server-handlers';
import type { ApiSession } from './session';
import {
  deviceView,
  listedPeerView,
  pageView,
  profileView,
  searchHitView,
  serverView,
} from './views';

type Handlers = {
  [C in CommandName]: (
    s: ApiSession,
    args: CommandArgs<C>,
    caller?: ApiCaller,
  ) => Promise<CommandResults[C]>;
};

const DEFAULT_INVITATION_SECONDS = 3600;

/** The synced profile and this device's settings, each changed only if named. */
async function profileUpdate(
  s: ApiSession,
  a: CommandArgs<'profile.update'>,
): Promise<CommandResults['profile.update']> {
  const { separatePolls, notificationText, autoDownloadMiB, ...patch } = a;
  const settings = {
    ...(separatePolls === undefined ? {} : { separatePolls }),
    ...(notificationText === undefined ? {} : { notificationText }),
    ...(autoDownloadMiB === undefined ? {} : { autoDownloadMiB }),
  };
  const hasSettings = Object.keys(settings).length > 0;
  if (hasSettings) await s.engine.updateSettings(settings);
  // Only a settings change: no identity_update for the sibling devices.
  if (!hasSettings || Object.keys(patch).length > 0) {
    await s.engine.updateProfile(patch);
  }
  return profileView(s.profile.profile, s.profile.settings);
}

export const handlers: Handlers = {
  'app.status': async (s) => ({ state: await s.state(), profileDir: s.profileDir }),
  'identity.create': async (s, a) => ({ state: await s.create(a.nickname, a.password) }),
  'identity.unlock': async (s, a) => ({ state: await s.unlock(a.password) }),
  'identity.lock': async (s) => ({ state: await s.lock() }),
  'identity.changePassword': async (s, a) => {
    await s.profile.changePassword(a.oldPassword, a.newPassword);
    return null;
  },
  'profile.get': (s) => Promise.resolve(profileView(s.profile.profile, s.profile.settings)),
  'profile.update': profileUpdate,
  'servers.list': (s) => Promise.resolve(s.profile.servers.map(serverView)),
  'servers.health': (s) => Promise.resolve(s.engine.relayHealth.list()),
  ...hostedRelayHandlers,
  ...attachmentHandlers,
  'servers.remove': async (s, a) => {
    await s.profile.removeServer(a.url);
    return null;
  },
  'peers.list': peersList,
  ...contactHandlers,
  'peers.update': async (s, a) => {
    const { peerUid, ...patch } = a;
    return contactView(s, await s.engine.updatePeer(peerUid, patch));
  },
  'peers.setExpiry': async (s, a) => {
    return contactView(s, await s.engine.setExpiry(a.peerUid, a.seconds));
  },
  'invitations.create': async (s, a) => {
    const expirySeconds = a.expirySeconds ?? DEFAULT_INVITATION_SECONDS;
    const r = await s.engine.invite({
      name: a.name,
      ...(a.viaShortcode ? { viaShortcode: { expirySeconds } } : {}),
    });
    return {
      peerUid: r.peerUid,
      text: r.text,
      shortcode: r.shortcode ?? null,
      password: r.password ?? null,
      expiresAt: r.expiresAt ?? null,
    };
  },
  'invitations.accept': async (s, a) => {
    if ('text' in a) return { peerUid: await s.engine.accept({ text: a.text }) };
    const server = s.profile.servers.find((x) => x.url === a.serverUrl);
    const ref = server ?? (await RelayClient.add(a.serverUrl)).ref;
    const input = { shortcode: a.shortcode, password: a.password, server: ref };
    return { peerUid: await s.engine.accept(input) };
  },
  'messages.list': (s, a) => {
    const page = s.engine.listMessages(a.peerUid, {
      limit: a.limit,
      ...(a.before ? { before: a.before } : {}),
      ...(a.after ? { after: a.after } : {}),
    });
    return Promise.resolve(pageView(page, s.profile.messages));
  },
  'messages.search': (s, a) => {
    const result = s.engine.searchMessages({
      query: a.query,
      limit: a.limit,
      ...(a.peerUid === undefined ? {} : { peerUid: a.peerUid }),
    });
    return Promise.resolve({
      hits: result.hits.map(searchHitView),
      total: result.total,
      complete: result.complete,
    });
  },
  'messages.around': (s, a) =>
    Promise.resolve(
      pageView(s.engine.messagesAround(a.peerUid, a.uuid, a.before, a.after), s.profile.messages),
    ),
  'messages.send': async (s, a) => ({
    uuid: await s.engine.sendText(a.peerUid, a.text, a.replyTo ? { replyTo: a.replyTo } : {}),
  }),
  'messages.markRead': async (s, a) => {
    await s.engine.markRead(a.peerUid, a.uuid);
    // The conversation's row with its new unread count: the UI need not list contacts again.
    const peer = await s.profile.peers.getPeer(a.peerUid);
    return listedPeerView(s.profile.messages, peer, s.engine.unreadCounts());
  },
  'messages.retry': async (s, a) => {
    await s.engine.retry(a.peerUid, a.uuid);
    return null;
  },
  'messages.edit': async (s, a) => {
    await s.engine.editText(a.peerUid, a.uuid, a.text);
    return null;
  },
  'messages.delete': async (s, a) => {
    await s.engine.deleteMessage(a.peerUid, a.uuid, a.forEveryone);
    return null;
  },
  'devices.list': async (s) => {
    const peers = await s.engine.storedPeers();
    return (await s.engine.devices.list()).map((d) => deviceView(d, peers));
  },
  'devices.invite': (s, a) =>
    s.engine.devices.invite(a.deviceName === undefined ? {} : { deviceName: a.deviceName }),
  'devices.join': async (s, a) => {
    const name = a.deviceName === undefined ? {} : { deviceName: a.deviceName };
    if ('text' in a) return s.engine.devices.join({ text: a.text, ...name });
    // Only looked up here (card fetched and pinned); the profile adopts relays from the card.
    const server = s.profile.servers.find((x) => x.url === a.serverUrl);
    const ref = server ?? (await RelayClient.add(a.serverUrl)).ref;
    const input = { shortcode: a.shortcode, password: a.password, server: ref };
    return s.engine.devices.join({ ...input, ...name });
  },
  'devices.confirm': async (s, a) => {
    await s.engine.devices.confirm(a.deviceUid);
    return null;
  },
  'devices.reject': async (s, a) => {
    await s.engine.devices.reject(a.deviceUid);
    return null;
  },
  'devices.revoke': async (s, a) => {
    await s.engine.devices.revoke(a.deviceUid);
    return null;
  },
  'devices.requestHistory': async (s, a) => ({
    requestId: await s.engine.devices.requestHistory(
      a.deviceUid === undefined ? {} : { deviceUid: a.deviceUid },
    ),
  }),
  'devices.makePrimary': (s, a) =>
    s.engine.devices.makePrimary(a.peerUid === undefined ? {} : { peerUid: a.peerUid }),
};

export function unknownCommand(name: string): AppError {
  return new AppError('INVALID_ARGUMENT', `unknown command "${name.slice(0, 64)}"`);
}
