/**
 * The command names as data, for the WebSocket client (the renderer may import only types
 * from main/api). Typed as a Record over CommandName, so the compiler rejects a missing or an
 * extra command whenever contract.ts changes.
 */
import type { CommandName } from '../../../main/api/contract';

const COMMANDS: Readonly<Record<CommandName, true>> = {
  'app.status': true,
  'identity.create': true,
  'identity.unlock': true,
  'identity.lock': true,
  'identity.changePassword': true,
  'profile.get': true,
  'profile.update': true,
  'servers.list': true,
  'servers.add': true,
  'servers.remove': true,
  'peers.list': true,
  'peers.update': true,
  'invitations.create': true,
  'invitations.accept': true,
  'messages.list': true,
  'messages.send': true,
  'messages.markRead': true,
  'messages.retry': true,
  'devices.list': true,
  'devices.invite': true,
  'devices.join': true,
  'devices.confirm': true,
  'devices.reject': true,
  'devices.revoke': true,
  'devices.requestHistory': true,
};

export const COMMAND_LIST = Object.keys(COMMANDS) as CommandName[];
