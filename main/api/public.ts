/**
 * The API contract as the UI side sees it — the ONE module the renderer and the preload import,
 * as '@meow/contract' (a path alias: tsconfig.json, vite.config.ts, vitest.config.ts; esbuild
 * reads tsconfig.json). At run time it is plain data (the command and event names, the IPC
 * channels, the WebSocket path, the password minimum), the dependency-free helpers of bridge.ts
 * and the error sentences of error-words.ts (shared with the CLI); everything else is a type,
 * erased from every bundle. It never pulls in zod or engine code: scripts/renderer-bundle.test.ts
 * and main/electron/bundle.test.ts check the bytes, and lint lets the renderer import main/api
 * through this alias only.
 *
 * Types are re-exported from where they are declared: the commands (argument types inferred from
 * the zod schemas), results and MeowApi from contract.ts, event payloads from events.ts, the
 * WebSocket frames from ws-protocol.ts.
 */
export {
  COMMAND_NAMES,
  EVENT_NAMES,
  IPC_COMMAND_CHANNEL,
  IPC_EVENT_CHANNEL,
  MAX_ATTACHMENT_READ_BYTES,
  MAX_ATTACHMENT_WRITE_BYTES,
  PASSWORD_MIN_LENGTH,
} from './names';
export { WS_PATH } from './ws-protocol';
export { commandsVia, createEventHub, isEventName, isResponseTo } from './bridge';
export { errorSentence, failureSentence, UI_ERROR_CODES } from './error-words';
export { humanSize } from './sizes';
export type { UiErrorCode } from './error-words';
export type { ApiListener, CommandCall, CommandFn, EventHub, IpcEventArgs } from './bridge';

export type {
  ApiError,
  ApiEventName,
  ApiEvents,
  ApiResponse,
  AppState,
  AttachmentStateView,
  AttachmentView,
  AvatarView,
  CommandArgs,
  CommandName,
  CommandResults,
  DeviceView,
  MeowApi,
  MeowCommands,
  MessageStateView,
  MessageView,
  NoticeView,
  ExpiryTimerNotice,
  ExpiryView,
  RelayExpiredNotice,
  PeerView,
  ProfileView,
  SearchHitView,
  ServerView,
  RelayHealthView,
  SnippetView,
  HostedRelayView,
  RelayScope,
} from './contract';
export type {
  DeviceEvent,
  DevicePairingEvent,
  DeviceRemovedEvent,
  ErrorEvent,
  MessageReceivedEvent,
  MessageStatusChangedEvent,
  MessageStoredEvent,
  MessageUpdatedEvent,
  AttachmentUpdatedEvent,
  PeerEvent,
  QueueExpiredEvent,
  MessageExpiredEvent,
  SyncProgressEvent,
  WorkerStateEvent,
} from './events';
export type { WsEvent, WsReply, WsRequest, WsServerFrame } from './ws-protocol';
