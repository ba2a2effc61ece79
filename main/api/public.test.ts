import { describe, expect, it, vi } from 'vitest';
import * as contract from '@meow/contract';
import {
  COMMAND_NAMES,
  commandsVia,
  createEventHub,
  EVENT_NAMES,
  isEventName,
  isResponseTo,
  type CommandCall,
} from '@meow/contract';

describe("the contract entry, '@meow/contract'", () => {
  it('holds at run time only plain data and the small bridge helpers', () => {
    expect(Object.keys(contract).sort()).toEqual([
      'COMMAND_NAMES',
      'EVENT_NAMES',
      'IPC_COMMAND_CHANNEL',
      'IPC_EVENT_CHANNEL',
      'MAX_ATTACHMENT_READ_BYTES',
      'MAX_ATTACHMENT_WRITE_BYTES',
      'PASSWORD_MIN_LENGTH',
      'UI_ERROR_CODES',
      'WS_PATH',
      'commandsVia',
      'createEventHub',
      'errorSentence',
      'failureSentence',
      'humanSize',
      'isEventName',
      'isResponseTo',
    ]);
  });

  it('commandsVia: one frozen function per command, forwarding name and arguments', async () => {
    const calls: unknown[] = [];
    const call: CommandCall = (command, args) => {
      calls.push([command, args]);
      return Promise.reject(new Error('not connected'));
    };
    const commands = commandsVia(call);
    expect(Object.keys(commands).sort()).toEqual([...COMMAND_NAMES].sort());
    expect(Object.isFrozen(commands)).toBe(true);
    await expect(commands['messages.retry']({ peerUid: 'p', uuid: 'u' })).rejects.toThrow(
      'not connected',
    );
    expect(calls).toEqual([['messages.retry', { peerUid: 'p', uuid: 'u' }]]);
  });

  it('isEventName: the listed names only', () => {
    for (const name of EVENT_NAMES) expect(isEventName(name)).toBe(true);
    for (const name of ['__proto__', 'constructor', 'toString', 'message', 42, null]) {
      expect(isEventName(name)).toBe(false);
    }
  });

  it('isResponseTo: an { ok: boolean } envelope', () => {
    expect(isResponseTo('app.status', { ok: true, result: null })).toBe(true);
    expect(isResponseTo('app.status', { ok: false, error: { code: 'X', message: 'x' } })).toBe(
      true,
    );
    for (const bad of [null, 'ok', {}, { ok: 'yes' }]) {
      expect(isResponseTo('app.status', bad)).toBe(false);
    }
  });

  it('createEventHub: per-event listeners, unsubscribe, a throwing one does not stop others', () => {
    const hub = createEventHub();
    const added = vi.fn();
    const updated = vi.fn();
    hub.on('peer.added', () => {
      throw new Error('broken listener');
    });
    const off = hub.on('peer.added', added);
    hub.on('peer.updated', updated);
    hub.emit('peer.added', { peerUid: 'p', name: 'P', peer: null });
    expect(added).toHaveBeenCalledWith({ peerUid: 'p', name: 'P', peer: null });
    expect(updated).not.toHaveBeenCalled();
    off();
    hub.emit('peer.added', { peerUid: 'q', name: 'Q', peer: null });
    expect(added).toHaveBeenCalledTimes(1);
  });
});
