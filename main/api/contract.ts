/**
 * The typed API between the UI and the engine host (DESIGN.md §1, §6): every command
 * (`domain.verb`) with its argument schema (validated at runtime — the renderer is untrusted)
 * and its result type, and every event (`domain.pastTense`). Both hosts (Electron IPC and the
 * browser host's WebSocket) carry exactly these, through one dispatcher (dispatcher.ts).
 *
 * The renderer and the preload reach it only through the contract entry '@meow/contract'
 * (public.ts: these types and the name lists, never zod; enforced by lint for the renderer).
 * Results and events are plain JSON: ids, names, texts and states — never keys or other secrets.
 */
import { z } from 'zod';
import { MAX_AUTO_DOWNLOAD_MIB } from '../client/device-settings';
import type { ViewedEvents, ViewedEventName } from './view-events';
import type { EngineEvents } from './events';
import type { MessageView, PeerView } from './view-types';
import { PASSWORD_MIN_LENGTH, type COMMAND_NAMES, type EVENT_NAMES } from './names';
import { attachmentCommandArgs, type AttachmentCommandResults } from './attachment-contract';

const id = z.string().min(1).max(128);
const text = (max: number) => z.string().max(max);
const url = z.url({ protocol: /^https?$/ }).max(2048);
const avatar = z.object({ id: id, dataUrl: z.string().max(512 * 1024) });
const none = z.object({}).strict();
const cursor = z
  .object({ createdAt: z.number().int().nonnegative(), id: z.number().int().nonnegative() })
  .strict();

/** Every command's arguments (strict: unknown keys are rejected, not ignored). */
export const commandArgs = {
  'app.status': none,
  'identity.create': z
    .object({ nickname: text(64).min(1), password: text(1024).min(PASSWORD_MIN_LENGTH) })
    .strict(),
  'identity.unlock': z.object({ password: text(1024).min(1) }).strict(),
  'identity.lock': none,
  'identity.changePassword': z
    .object({ oldPassword: text(1024).min(1), newPassword: text(1024).min(PASSWORD_MIN_LENGTH) })
    .strict(),
  'profile.get': none,
  'profile.update': z
    .object({
      nickname: text(64).min(1).optional(),
      status: text(140).optional(),
      defaultAvatar: text(128).optional(),
      avatars: z.array(avatar).max(8).optional(),
      /** This device only (never synced): see ProfileView.separatePolls. */
      separatePolls: z.boolean().optional(),
      /** This device only (never synced): see ProfileView.notificationText. */
      notificationText: z.boolean().optional(),
      /** This device only (never synced): see ProfileView.autoDownloadMiB. */
      autoDownloadMiB: z.number().int().min(0).max(MAX_AUTO_DOWNLOAD_MIB).optional(),
    })
    .strict(),
  'servers.list': none,
  'servers.health': none,
  'servers.add': z
    .object({
      url,
      /** What the relay's operator published: adding fails unless the relay's key matches. */
      fingerprint: text(128).optional(),
    })
    .strict(),
  'servers.hosted': none,
  'servers.host': z.object({ scope: z.enum(['this-computer', 'local-network']) }).strict(),
  'servers.stopHosting': none,
  'servers.remove': z.object({ url }).strict(),
  /** `limit`: only the first screen, the newest conversations (api/peer-listing.ts). */
  'peers.list': z.object({ limit: z.number().int().min(1).max(1000).optional() }).strict(),
  'peers.update': z
    .object({
      peerUid: id,
      name: text(200).optional(),
      blocked: z.boolean().optional(),
      visible: z.boolean().optional(),
      messageNotification: z.boolean().optional(),
    })
    .strict(),
  /** Disappearing messages: off (0), 5 min, 1 h, 1 day, 1 week (seconds). */
  'peers.setExpiry': z
    .object({
      peerUid: id,
      seconds: z.union([
        z.literal(0),
        z.literal(300),
        z.literal(3_600),
        z.literal(86_400),
        z.literal(604_800),
      ]),
    })
    .strict(),
  'invitations.create': z
    .object({
      name: text(200),
      viaShortcode: z.boolean().optional(),
      expirySeconds: z
        .number()
        .int()
        .min(60)
        .max(7 * 86_400)
        .optional(),
    })
    .strict(),
  'invitations.accept': z.union([
    z.object({ text: text(16 * 1024).min(1) }).strict(),
    z.object({ shortcode: text(64).min(1), password: text(128).min(1), serverUrl: url }).strict(),
  ]),
  'messages.list': z
    .object({
      peerUid: id,
      limit: z.number().int().min(1).max(500),
      before: cursor.optional(),
      /** Instead of `before`: the page just newer than this (after `messages.around`). */
      after: cursor.optional(),
    })
    .strict()
    .refine((a) => !(a.before && a.after), { error: 'give before or after, not both' }),
  'messages.search': z
    .object({
      /** Every word must match; the last one as a prefix while it is being typed. */
      query: text(256).min(1),
      /** Only this conversation. */
      peerUid: id.optional(),
      limit: z.number().int().min(1).max(200),
    })
    .strict(),
  /** A page of one conversation centred on a message (jump to a search hit). */
  'messages.around': z
    .object({
      peerUid: id,
      uuid: id,
      before: z.number().int().min(0).max(250),
      after: z.number().int().min(0).max(250),
    })
    .strict(),
  'messages.send': z
    .object({ peerUid: id, text: text(64 * 1024).min(1), replyTo: id.optional() })
    .strict(),
  'messages.markRead': z.object({ peerUid: id, uuid: id }).strict(),
  'messages.retry': z.object({ peerUid: id, uuid: id }).strict(),
  /** Replaces the text of one of your sent texts (PROTOCOL.md §9 "Edit and delete"). */
  'messages.edit': z.object({ peerUid: id, uuid: id, text: text(64 * 1024).min(1) }).strict(),
  /** For everyone: one of your texts, within 24 hours; otherwise on your own devices only. */
  'messages.delete': z.object({ peerUid: id, uuid: id, forEveryone: z.boolean() }).strict(),
  'devices.list': none,
  'devices.invite': z.object({ deviceName: text(64).optional() }).strict(),
  'devices.join': z.union([
    z.object({ text: text(16 * 1024).min(1), deviceName: text(64).optional() }).strict(),
    z
      .object({
        shortcode: text(64).min(1),
        password: text(128).min(1),
        serverUrl: url,
        deviceName: text(64).optional(),
      })
      .strict(),
  ]),
  'devices.confirm': z.object({ deviceUid: id }).strict(),
  'devices.reject': z.object({ deviceUid: id }).strict(),
  'devices.revoke': z.object({ deviceUid: id }).strict(),
  'devices.requestHistory': z.object({ deviceUid: id.optional() }).strict(),
  'devices.makePrimary': z.object({ peerUid: id.optional() }).strict(),
  'peers.delete': z.object({ peerUid: id }).strict(),
  'peers.clearConversation': z.object({ peerUid: id }).strict(),
  'peers.safetyCode': z.object({ peerUid: id }).strict(),
  'peers.verify': z.object({ peerUid: id, verified: z.boolean() }).strict(),
  'invitations.cancel': z.object({ peerUid: id }).strict(),
  ...attachmentCommandArgs,
} as const;

export type CommandName = keyof typeof commandArgs;
export type CommandArgs<C extends CommandName> = z.infer<(typeof commandArgs)[C]>;

export type AppState = 'no-identity' | 'locked' | 'unlocked';

export interface AvatarView {
  readonly id: string;
  readonly dataUrl: string;
}

export interface ProfileView {
  readonly nickname: string;
  readonly status: string;
  readonly defaultAvatar: string;
  readonly avatars: readonly AvatarView[];
  /**
   * This device polls each contact (and each other device) on its own long-poll and
   * connections, so the relay does not see them listed together (PROTOCOL.md §7).
   */
  readonly separatePolls: boolean;
  /**
   * This device's notifications show a received message's text; default off ("New message"
   * and the sender's name only).
   */
  readonly notificationText: boolean;
  /**
   * This device downloads received files up to this many MiB by itself, larger ones when the
   * user asks (`attachments.download`); 0: none by itself. 0–100, default 20. A change
   * applies to files arriving from then on.
   */
  readonly autoDownloadMiB: number;
}

export interface ServerView {
  readonly url: string;
  readonly name: string;
  /** Fingerprint of the pinned key, for the user to compare. */
  readonly fingerprint: string;
}

/**
 * Whether a relay answers (ours, or a contact's we push to). `unreachable`: its last request
 * failed and is being retried; `code` says why (RELAY_UNAVAILABLE, CLOCK_SKEW, …), `since` when
 * the failures began (ms). Changes come with `worker.state` events.
 */
export interface RelayHealthView {
  readonly url: string;
  readonly state: 'ok' | 'unreachable';
  /** '' when ok. */
  readonly code: string;
  /** 0 when ok. */
  readonly since: number;
}

/** Where a relay this computer hosts listens: loopback only, or the local network too. */
export type RelayScope = 'this-computer' | 'local-network';

/** The relay this computer hosts (Settings → Servers; onboarding). */
export interface HostedRelayView {
  readonly scope: RelayScope;
  /** The address other devices and contacts use (a local-network address when shared). */
  readonly url: string;
  readonly fingerprint: string;
}

export type {
  AttachmentStateView,
  AttachmentView,
  ExpiryTimerNotice,
  ExpiryView,
  MessageStateView,
  MessageView,
  NoticeView,
  PeerView,
  RelayExpiredNotice,
} from './view-types';

/** Part of a message shown for a search hit; `ranges` ([start, end) into `text`) matched. */
export interface SnippetView {
  readonly text: string;
  readonly ranges: readonly (readonly [number, number])[];
}

export interface SearchHitView {
  readonly peerUid: string;
  readonly uuid: string;
  readonly outbound: boolean;
  readonly createdAt: number;
  readonly cursor: MessageView['cursor'];
  readonly snippet: SnippetView;
}

export interface DeviceView {
  readonly uid: string;
  readonly name: string;
  readonly step: 'offered' | 'answered' | 'confirming' | 'finalized';
  readonly code: string | null;
  readonly pairedAt: number;
  /** Contacts this device is primary for (their uids). */
  readonly primaryFor: readonly string[];
  /** When anything last arrived from this device (ms); null if nothing has yet. */
  readonly lastSeenAt: number | null;
  /** Syncs for this device the relay has not accepted yet. */
  readonly syncWaiting: number;
  /** When a pairing not completed yet lapses (ms); null once paired. */
  readonly expiresAt: number | null;
}

/** Every command's result. */
export interface CommandResults extends AttachmentCommandResults {
  'app.status': { state: AppState; profileDir: string };
  'identity.create': { state: AppState };
  'identity.unlock': { state: AppState };
  'identity.lock': { state: AppState };
  'identity.changePassword': null;
  'profile.get': ProfileView;
  'profile.update': ProfileView;
  'servers.list': ServerView[];
  /** Every relay this device talks to, as its workers last found it (engine/relay-health.ts). */
  'servers.health': RelayHealthView[];
  'servers.add': ServerView;
  'servers.remove': null;
  /** `available`: this host can run a relay (the desktop app and the browser host can). */
  'servers.hosted': { available: boolean; relay: HostedRelayView | null };
  'servers.host': HostedRelayView;
  'servers.stopHosting': null;
  'peers.list': PeerView[];
  'peers.update': PeerView;
  'peers.setExpiry': PeerView;
  'invitations.create': {
    peerUid: string;
    text: string;
    shortcode: string | null;
    password: string | null;
    expiresAt: number | null;
  };
  'invitations.accept': { peerUid: string };
  /** `newerCursor`: pass as `after` for the next newer page; null when the newest is loaded. */
  'messages.list': {
    messages: MessageView[];
    nextCursor: MessageView['cursor'] | null;
    newerCursor?: MessageView['cursor'] | null;
  };
  /**
   * Newest first. `total`: every match (hits has at most `limit`); `complete`: false while the
   * in-memory index is still being built after unlock (older messages may be missing).
   */
  'messages.search': { hits: SearchHitView[]; total: number; complete: boolean };
  /** Newest first, the asked message among them; cursors as for messages.list. */
  'messages.around': {
    messages: MessageView[];
    nextCursor: MessageView['cursor'] | null;
    newerCursor: MessageView['cursor'] | null;
  };
  'messages.send': { uuid: string };
  /** The conversation as peers.list lists it now (its unread count dropped); null if unlisted. */
  'messages.markRead': PeerView | null;
  'messages.retry': null;
  'messages.edit': null;
  'messages.delete': null;
  'devices.list': DeviceView[];
  /**
   * The pairing QR text, and the same card parked at `serverUrl` under a short code + password
   * to type instead (null when that relay could not take it); both lapse at `expiresAt`.
   */
  'devices.invite': {
    pairingUid: string;
    text: string;
    shortcode: string | null;
    password: string | null;
    serverUrl: string;
    expiresAt: number;
  };
  /** `expiresAt`: when this device stops waiting for the confirmation. */
  'devices.join': { deviceUid: string; code: string; expiresAt: number };
  'devices.confirm': null;
  'devices.reject': null;
  'devices.revoke': null;
  'devices.requestHistory': { requestId: string };
  /** How many contacts will move to this device (each moves when its primary hands it over). */
  'devices.makePrimary': { requested: number };
  'peers.delete': null;
  'peers.clearConversation': null;
  /** `code`: 60 digits in groups of five, the same on both sides; `qr`: the text of its QR. */
  'peers.safetyCode': { code: string; qr: string };
  'peers.verify': PeerView;
  /** `shortcodeDeleted`: false when the relay could not be reached (it lapses by itself). */
  'invitations.cancel': { shortcodeDeleted: boolean };
}

/**
 * Events pushed to the UI: the engine's, plus the host's own. Those about a message or a
 * contact carry its view as `messages.list` and `peers.list` return it (view-events.ts), so the
 * UI updates what it shows without listing again.
 */
export interface ApiEvents extends Omit<EngineEvents, ViewedEventName>, ViewedEvents {
  'app.stateChanged': { state: AppState };
}

export type ApiEventName = keyof ApiEvents;

/** What a failed command returns (AppError code + a message safe to show). */
export interface ApiError {
  readonly code: string;
  readonly message: string;
}

export type ApiResponse<C extends CommandName> =
  | { readonly ok: true; readonly result: CommandResults[C] }
  | { readonly ok: false; readonly error: ApiError };

/** One function per command: the only way the UI reaches the engine (no generic invoke). */
export type MeowCommands = {
  readonly [C in CommandName]: (args: CommandArgs<C>) => Promise<CommandResults[C]>;
};

/** The API as the renderer sees it (window.meow in Electron, a WebSocket in the browser). */
export interface MeowApi {
  readonly commands: MeowCommands;
  on<E extends ApiEventName>(event: E, listener: (payload: ApiEvents[E]) => void): () => void;
}

// Compile-time checks that names.ts lists exactly the commands and events typed here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
export const NAMES_MATCH: [
  Same<(typeof COMMAND_NAMES)[number], CommandName>,
  Same<(typeof EVENT_NAMES)[number], ApiEventName>,
] = [true, true];
