import { cardFingerprint, MAX_CARD_BYTES, verifyServerCard } from '../../../core/card';
import {
  randomBytes,
  toBase64Url,
  ED25519_PUBLIC_KEY_BYTES,
  X25519_KEY_BYTES,
} from '../../../core/crypto';
import { AppError, isAppError } from '../../../core/errors';
import { meow } from '../../../proto';
import type { ServerRef } from '../model';
import {
  checkOutbound,
  checkQueueRef,
  decodeKey,
  isSafeUint,
  requireArg,
  UINT32_MAX,
} from './arguments';
import { relayFailure, RelayClientError } from './errors';
import { httpExchange, type FetchLike } from './http';
import {
  ackResults,
  createdInvitation,
  fetchedInvitation,
  invitationError,
  MAX_INVITATION_PAYLOAD_BYTES,
  pushResults,
  queueBatches,
} from './replies';
import { call, type RelayClock } from './request';
import { requireAllowedRelayUrl } from './url-policy';
import type {
  AckRequest,
  AckResult,
  CreatedInvitation,
  FetchedInvitation,
  NewInvitation,
  OutboundMessage,
  PullOptions,
  PullRequest,
  PushResult,
  QueueBatch,
} from './types';

/**
 * The client side of the relay protocol (docs/PROTOCOL.md §6–§8) for ONE relay. Stateless
 * apart from the clock offset: every call is one POST /v1 carrying a ToServerMessage sealed
 * under a FRESH X25519 key pair (so the relay cannot link two requests of this device by
 * key); the reply is opened with that call's session, and checked field by field against the
 * request before anything is returned. A request the relay refuses as CLOCK_SKEW is sent once
 * more with the relay's time adopted (request.ts `call`).
 *
 * Errors: every failure is an AppError; relay/network failures are RelayClientError with one of
 * RELAY_UNAVAILABLE | RELAY_RATE_LIMITED | RELAY_REJECTED | RELAY_KEY_CHANGED | RELAY_BAD_REPLY
 * | RELAY_ABORTED (see errors.ts). Bad arguments are INVALID_ARGUMENT (a bug in the caller); a
 * relay URL on http:// to a public host is RELAY_HTTPS_REQUIRED (url-policy.ts).
 */
export { PROTOCOL_VERSION } from './request';
export const REQUEST_TIMEOUT_MS = 15_000;
export const LONG_POLL_GRACE_MS = 10_000;
/** The relay bounds a pull reply to ~4 × its max body (8 MiB by default); room to spare. */
export const MAX_REPLY_BYTES = 64 * 1024 * 1024;

export interface RelayClientOptions {
  /** Replaces the global fetch (tests). */
  readonly fetch?: FetchLike;
  readonly requestTimeoutMs?: number;
  /** A long-poll times out after longPollMs + this. */
  readonly longPollGraceMs?: number;
  readonly maxReplyBytes?: number;
}

/** A relay just added: the ref to store, plus what to show the user before trusting it. */
export interface AddedRelay {
  readonly ref: ServerRef;
  /** fingerprint(box key), as the relay prints it at start-up; show it for comparison. */
  readonly fingerprint: string;
  /** The verified card (limits, software, its own idea of its URL). */
  readonly card: meow.ServerCard;
  /** The card as served, e.g. to pass on in a ContactCard's pull_servers. */
  readonly cardBytes: Uint8Array;
}

export interface CallOptions {
  readonly signal?: AbortSignal;
}

/**
 * "https://relay.example/" → "https://relay.example". INVALID_ARGUMENT for anything not an
 * http(s) URL without credentials, query or hash; RELAY_HTTPS_REQUIRED for http:// to a public
 * host (url-policy.ts). Every relay URL the client uses passes here (adding a relay, the CLI,
 * `--relay`, and each RelayClient, so a stored ref from before the rule is refused on use too).
 */
export function normalizeRelayUrl(input: string): string {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch (cause) {
    throw new AppError('INVALID_ARGUMENT', 'relay URL is not a URL', { cause });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new AppError('INVALID_ARGUMENT', 'relay URL must start with http:// or https://');
  }
  if (url.username || url.password || url.search || url.hash) {
    throw new AppError('INVALID_ARGUMENT', 'relay URL must not carry credentials, query or hash');
  }
  requireAllowedRelayUrl(url);
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/** GETs and verifies a relay's card; CARD_* AppErrors pass through, transport → RELAY_*. */
async function getCard(
  baseUrl: string,
  options: RelayClientOptions,
  signal?: AbortSignal,
): Promise<{ card: meow.ServerCard; bytes: Uint8Array }> {
  const reply = await httpExchange({
    url: `${baseUrl}/card`,
    method: 'GET',
    timeoutMs: options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS,
    maxReplyBytes: MAX_CARD_BYTES,
    ...(signal ? { signal } : {}),
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  if (reply.status !== 200) throw relayFailure('', '', reply.status);
  return { card: verifyServerCard(reply.body), bytes: reply.body };
}

export class RelayClient {
  readonly ref: ServerRef;
  readonly baseUrl: string;
  /** fingerprint(pinned box key). */
  readonly fingerprint: string;
  private readonly serverPublicKey: Uint8Array;
  private readonly pinnedSigningKey: Uint8Array;
  private readonly options: RelayClientOptions;
  /** Relay clock − ours (ms), learnt from a CLOCK_SKEW reply; added to every timestamp. */
  private readonly clock: RelayClock = { offsetMs: 0 };

  /**
   * Fetches `url`/card, verifies its self-signature and returns the ref to pin. Shows nothing
   * and trusts nothing by itself: the caller stores `ref` (after the user compared `fingerprint`,
   * where that matters). `ref.url` is the URL the card was fetched from (normalized), not the
   * card's own `url` field.
   */
  static async add(
    url: string,
    options: RelayClientOptions & CallOptions = {},
  ): Promise<AddedRelay> {
    const baseUrl = normalizeRelayUrl(url);
    const { card, bytes } = await getCard(baseUrl, options, options.signal);
    return {
      ref: {
        url: baseUrl,
        publicKey: toBase64Url(card.publicKey),
        signingKey: toBase64Url(card.signingKey),
        name: card.name,
      },
      fingerprint: cardFingerprint(card),
      card,
      cardBytes: bytes,
    };
  }

  constructor(ref: ServerRef, options: RelayClientOptions = {}) {
    this.ref = ref;
    this.baseUrl = normalizeRelayUrl(ref.url);
    this.serverPublicKey = decodeKey(ref.publicKey, X25519_KEY_BYTES, 'publicKey');
    this.pinnedSigningKey = decodeKey(ref.signingKey, ED25519_PUBLIC_KEY_BYTES, 'signingKey');
    this.fingerprint = cardFingerprint({ publicKey: this.serverPublicKey });
    this.options = options;
  }

  /**
   * Re-fetches the card and checks it against the pinned keys. RELAY_KEY_CHANGED when the relay
   * now presents other keys (never re-pinned silently: that is the user's decision).
   */
  async checkCard(options: CallOptions = {}): Promise<meow.ServerCard> {
    const { card } = await getCard(this.baseUrl, this.options, options.signal);
    try {
      return verifyServerCard(card, {
        publicKey: this.serverPublicKey,
        signingKey: this.pinnedSigningKey,
      });
    } catch (err) {
      if (isAppError(err, 'CARD_KEY_MISMATCH')) {
        throw new RelayClientError(
          'RELAY_KEY_CHANGED',
          `relay ${this.baseUrl} presents a different key than the one pinned (${err.message})`,
          {},
          { cause: err },
        );
      }
      throw err;
    }
  }

  /**
   * Enqueues each message under its destination; one result per message, in order. A token
   * that does not grant its destination is the relay's to refuse (NO_CAPABILITY), per item.
   */
  async push(
    messages: readonly OutboundMessage[],
    options: CallOptions = {},
  ): Promise<PushResult[]> {
    for (const m of messages) checkOutbound(m);
    if (messages.length === 0) return [];
    const wire = messages.map((m) => ({
      destination: m.destination,
      sendToken: m.sendToken,
      payload: m.payload,
    }));
    const reply = await this.call({ messages: wire }, options);
    return pushResults(reply, messages.length);
  }

  /**
   * Reads each queue after its cursor, one batch per request in order. With `longPollMs`, the
   * relay holds the request until any queue gets an entry or the time passes (then every batch
   * is empty). A failed proof is a batch with errorCode 'BAD_PROOF', not an exception.
   */
  async pull(requests: readonly PullRequest[], options: PullOptions = {}): Promise<QueueBatch[]> {
    for (const r of requests) {
      checkQueueRef(r, 'pull');
      requireArg(isSafeUint(r.after), 'pull: after must be a non-negative integer');
      requireArg(
        r.maxEntries === undefined || (isSafeUint(r.maxEntries) && r.maxEntries <= UINT32_MAX),
        'pull: maxEntries must be a uint32',
      );
    }
    const longPollMs = options.longPollMs ?? 0;
    requireArg(
      isSafeUint(longPollMs) && longPollMs <= UINT32_MAX,
      'pull: longPollMs must be a uint32',
    );
    const acks = options.acks ?? [];
    checkAcks(acks);
    if (requests.length === 0) return [];
    const grace = this.options.longPollGraceMs ?? LONG_POLL_GRACE_MS;
    const reply = await this.call(
      {
        pullRequests: requests.map((r) => ({
          lookupKey: r.lookupKey,
          pullToken: r.pullToken,
          after: r.after,
          maxEntries: r.maxEntries ?? 0,
        })),
        acks: acks.map(ackMessage),
        longPollMs,
      },
      options,
      longPollMs > 0 ? longPollMs + grace : undefined,
    );
    ackResults(reply, acks); // checks that the reply answers them
    return queueBatches(reply, requests);
  }

  /** Deletes entries up to each cursor (call only after the entries are durably stored). */
  async ack(acks: readonly AckRequest[], options: CallOptions = {}): Promise<AckResult[]> {
    checkAcks(acks);
    if (acks.length === 0) return [];
    const reply = await this.call({ acks: acks.map(ackMessage) }, options);
    return ackResults(reply, acks);
  }

  /** Stores an invitation under a relay-chosen shortcode. */
  async createInvitation(
    invitation: NewInvitation,
    options: CallOptions = {},
  ): Promise<CreatedInvitation> {
    const { payload } = invitation;
    requireArg(
      payload instanceof Uint8Array &&
        payload.length > 0 &&
        payload.length <= MAX_INVITATION_PAYLOAD_BYTES,
      `createInvitation: payload must be 1..${MAX_INVITATION_PAYLOAD_BYTES} bytes`,
    );
    requireArg(invitation.password.length > 0, 'createInvitation: empty password');
    const deleteToken = invitation.deleteToken ?? randomBytes(32);
    requireArg(deleteToken.length > 0, 'createInvitation: empty delete token');
    const reply = await this.invitationCall(
      meow.InvitationRequest.Op.CREATE,
      {
        payload,
        password: invitation.password,
        timeout: invitation.timeoutSeconds ?? 0,
        shortcodeLen: invitation.shortcodeLength ?? 0,
        deleteToken,
        step: invitation.step ?? 1,
      },
      options,
    );
    return createdInvitation(reply, deleteToken);
  }

  /** Fetches an invitation; RELAY_REJECTED with relayCode INVITATION_DENIED if unknown/expired/wrong password. */
  async getInvitation(
    shortcode: string,
    password: string,
    options: CallOptions = {},
  ): Promise<FetchedInvitation> {
    const reply = await this.invitationCall(
      meow.InvitationRequest.Op.GET,
      { shortcode, password },
      options,
    );
    return fetchedInvitation(reply);
  }

  /** Deletes an invitation early (shortcode + the delete token from createInvitation). */
  async deleteInvitation(
    shortcode: string,
    deleteToken: Uint8Array,
    options: CallOptions & { uuid?: string } = {},
  ): Promise<void> {
    requireArg(deleteToken.length > 0, 'deleteInvitation: empty delete token');
    await this.invitationCall(
      meow.InvitationRequest.Op.DELETE,
      { shortcode, deleteToken, uuid: options.uuid ?? '' },
      options,
    );
  }

  private async invitationCall(
    op: meow.InvitationRequest.Op,
    invitation: meow.IInvitation,
    options: CallOptions,
  ): Promise<meow.FromServerMessage> {
    const reply = await this.call({ invitation: { op, invitation } }, options);
    const code = invitationError(reply);
    if (code !== '') throw relayFailure(code, '', 200);
    return reply;
  }

  /** One request → one checked reply (request.ts `call`: fresh key, CLOCK_SKEW resend). */
  private async call(
    request: meow.IToServerMessage,
    options: CallOptions,
    timeoutMs = this.options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS,
  ): Promise<meow.FromServerMessage> {
    const target = {
      url: `${this.baseUrl}/v1`,
      serverPublicKey: this.serverPublicKey,
      timeoutMs,
      maxReplyBytes: this.options.maxReplyBytes ?? MAX_REPLY_BYTES,
      ...(options.signal ? { signal: options.signal } : {}),
      ...(this.options.fetch ? { fetch: this.options.fetch } : {}),
    };
    return (await call(request, target, this.clock)).reply;
  }
}

function checkAcks(acks: readonly AckRequest[]): void {
  for (const a of acks) {
    checkQueueRef(a, 'ack');
    requireArg(isSafeUint(a.cursor), 'ack: cursor must be a non-negative integer');
  }
}

function ackMessage(a: AckRequest): meow.IQueueAck {
  return { lookupKey: a.lookupKey, pullToken: a.pullToken, cursor: a.cursor };
}
