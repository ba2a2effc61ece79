/**
 * A fake MeowApi for component tests: every command is a vi.fn() (override per test), events
 * are emitted by the test. Installs itself as the app's API and resets all stores.
 */
import { cleanup, screen } from '@testing-library/react';
import { afterEach, beforeEach, vi, type Mock } from 'vitest';
import {
  COMMAND_NAMES,
  type ApiEventName,
  type ApiEvents,
  type CommandArgs,
  type CommandName,
  type CommandResults,
  type MeowApi,
  type AttachmentView,
  type DeviceView,
  type MessageView,
  type PeerView,
} from '@meow/contract';
import { resetStores } from '../state/reset';
import { setApi } from '../transport/api';
import { MeowError } from '../transport/errors';

type Handler<C extends CommandName> = (args: CommandArgs<C>) => Promise<CommandResults[C]>;

export interface FakeApi {
  readonly api: MeowApi;
  readonly commands: { [C in CommandName]: Mock<Handler<C>> };
  emit<E extends ApiEventName>(event: E, payload: ApiEvents[E]): void;
  handle<C extends CommandName>(command: C, fn: Handler<C>): void;
  fail(command: CommandName, code: string, message?: string): void;
}

export function createFakeApi(): FakeApi {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  // Test-only cast: a Mock typed per command cannot come out of a loop over the names
  // (commandsVia builds the real MeowCommands without one); COMMAND_NAMES covers every command.
  const commands = Object.fromEntries(
    COMMAND_NAMES.map((name) => [
      name,
      vi.fn(() => Promise.reject(new MeowError('INTERNAL', `${name} not faked`))),
    ]),
  ) as unknown as FakeApi['commands'];
  const api: MeowApi = {
    commands,
    on(event, listener) {
      let set = listeners.get(event);
      if (!set) {
        set = new Set();
        listeners.set(event, set);
      }
      const fn = listener as (payload: unknown) => void;
      set.add(fn);
      return () => {
        set.delete(fn);
      };
    },
  };
  return {
    api,
    commands,
    emit(event, payload) {
      for (const fn of [...(listeners.get(event) ?? [])]) fn(payload);
    },
    handle(command, fn) {
      (commands[command] as Mock<Handler<typeof command>>).mockImplementation(fn);
    },
    fail(command, code, message = code.toLowerCase()) {
      (commands[command] as Mock).mockImplementation(() =>
        Promise.reject(new MeowError(code, message)),
      );
    },
  };
}

/** Registers per-test setup: a fresh fake API, fresh stores, DOM cleanup. */
export function useFakeApi(): { current: FakeApi } {
  const holder = { current: createFakeApi() };
  beforeEach(() => {
    holder.current = createFakeApi();
    resetStores();
    setApi(holder.current.api);
  });
  afterEach(() => {
    cleanup();
    setApi(null);
    vi.useRealTimers();
  });
  return holder;
}

/** The value of the input or textarea with this test id. */
export function valueOf(testId: string): string {
  const el = screen.getByTestId(testId);
  if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) return el.value;
  throw new Error(`${testId} is not a text field`);
}

let seq = 0;

export function message(over: Partial<MessageView> = {}): MessageView {
  seq += 1;
  const createdAt = over.createdAt ?? Date.UTC(2025, 0, 1, 12, 0, seq % 60);
  return {
    uuid: `m${seq}`,
    outbound: true,
    text: `message ${seq}`,
    state: 'sent',
    createdAt,
    sentAt: createdAt,
    replyTo: '',
    failureReason: null,
    cursor: { createdAt, id: seq },
    notice: null,
    editedAt: null,
    deleted: false,
    expiresAt: null,
    attachments: [],
    ...over,
  };
}

export function peer(over: Partial<PeerView> = {}): PeerView {
  seq += 1;
  return {
    uid: `p${seq}`,
    name: `Peer ${seq}`,
    avatar: '',
    step: 'finalized',
    unread: 0,
    lastMessage: null,
    primaryDeviceUid: '',
    blocked: false,
    messageNotification: true,
    verified: false,
    keyChanged: false,
    expiry: { seconds: 0, by: 'me' },
    ...over,
  };
}

export function device(over: Partial<DeviceView> = {}): DeviceView {
  seq += 1;
  return {
    uid: `d${seq}`,
    name: `Device ${seq}`,
    step: 'finalized',
    code: null,
    pairedAt: 1,
    primaryFor: [],
    lastSeenAt: null,
    syncWaiting: 0,
    expiresAt: null,
    ...over,
  };
}

/** A photo or file of a message (a PDF on this device unless told otherwise). */
export function attachmentView(over: Partial<AttachmentView> = {}): AttachmentView {
  seq += 1;
  return {
    localId: `a${seq}`,
    position: 0,
    name: 'report.pdf',
    mimeType: 'application/pdf',
    size: 2_400_000,
    width: 0,
    height: 0,
    thumbnail: null,
    state: 'ready',
    doneChunks: 0,
    chunkCount: 0,
    error: null,
    ...over,
  };
}
