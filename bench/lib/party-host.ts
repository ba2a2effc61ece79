/**
 * One bench party (a real Profile and Engine, latency-party.ts) as a process of its own, so the
 * devices of a bench run side by side as real devices do instead of sharing one thread. Started
 * by party-remote.ts with: NAME BENCH SERVER_JSON ('-' for none: a device that joins by
 * pairing). Answers the calls of the BenchParty interface over the IPC channel (ipc.ts);
 * `arm` registers a waiter under the caller's key and answers at once, `hit` answers when that
 * waiter settles. Everything is disposed when the channel closes.
 */
import type { ServerRef } from '../../main/client/model';
import { armOn, type Armed, type EventMatch, type EventName, LocalParty } from './bench-party';
import { serveParent, type Message } from './ipc';
import { Party } from './latency-party';

const [name = 'party', bench = 'bench', serverJson = '-'] = process.argv.slice(2);
const server = serverJson === '-' ? undefined : (JSON.parse(serverJson) as ServerRef);

const party = await Party.create(name, server, bench);
const local = new LocalParty(party);
const armed = new Map<number, Armed>();

const str = (request: Message, key: string): string => {
  const value = request[key];
  if (typeof value !== 'string') throw new Error(`${request.type}: ${key} must be a string`);
  return value;
};
const num = (request: Message, key: string): number => {
  const value = request[key];
  if (typeof value !== 'number') throw new Error(`${request.type}: ${key} must be a number`);
  return value;
};

serveParent(
  { name },
  {
    arm: (r) => {
      const waiter = armOn(
        party,
        str(r, 'event') as EventName,
        r.match as EventMatch,
        num(r, 'timeoutMs'),
        num(r, 'count'),
      );
      armed.set(num(r, 'key'), waiter);
      return true;
    },
    hit: async (r) => {
      const key = num(r, 'key');
      const waiter = armed.get(key);
      if (!waiter) throw new Error(`no waiter ${key}`);
      try {
        return await waiter.hit;
      } finally {
        armed.delete(key);
      }
    },
    sendText: (r) => local.sendText(str(r, 'peerUid'), str(r, 'text')),
    invite: (r) => local.invite(str(r, 'name')),
    accept: (r) => local.accept(str(r, 'text')),
    devicesInvite: (r) => local.devicesInvite(str(r, 'deviceName')),
    devicesJoin: (r) => local.devicesJoin(str(r, 'text'), str(r, 'deviceName')),
    devicesConfirm: (r) => local.devicesConfirm(str(r, 'deviceUid')),
    primaryOf: (r) => local.primaryOf(str(r, 'peerUid')),
  },
  () => party.dispose(),
);
