import { randomUUID } from 'node:crypto';
import { Agent, request as httpRequest } from 'node:http';
import {
  createServerSession,
  openServerReply,
  sealServerRequest,
  SERVER_ENVELOPE_VERSION,
  SIGNED_ENVELOPE_VERSION,
  type ServerEnvelopeVersion,
  type ServerSession,
} from '../../../core/envelope/server';
import { dhKeyPair, randomBytes, signKeyPair, type KeyPair } from '../../../core/crypto';
import type { LookupKeyPair } from '../../../core/lookup';
import { decodeProto } from '../../../core/wire';
import { meow } from '../../../proto';

/**
 * A minimal relay client for tests and benchmarks: seals requests with the real relay envelope,
 * POSTs them over keep-alive HTTP, opens the replies. The product's client engine lives in main/.
 */
export interface RawReply {
  readonly status: number;
  readonly body: Uint8Array;
  readonly headers: Record<string, string | string[] | undefined>;
}

export interface PostOptions {
  readonly agent?: Agent;
  readonly signal?: AbortSignal;
  readonly method?: string;
  readonly headers?: Record<string, string>;
}

/** One HTTP request; resolves with whatever status came back (never rejects on 4xx/5xx). */
export function httpCall(
  url: string,
  body: Uint8Array | undefined,
  options: PostOptions = {},
): Promise<RawReply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, {
      method: options.method ?? (body ? 'POST' : 'GET'),
      agent: options.agent,
      signal: options.signal,
      headers: {
        ...(body
          ? { 'content-type': 'application/x-protobuf', 'content-length': body.length }
          : {}),
        ...options.headers,
      },
    });
    req.on('error', reject);
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () => {
        resolve({
          status: res.statusCode ?? 0,
          body: new Uint8Array(Buffer.concat(chunks)),
          headers: res.headers,
        });
      });
    });
    req.end(body);
  });
}

export async function fetchCard(baseUrl: string, agent?: Agent): Promise<meow.ServerCard> {
  const reply = await httpCall(`${baseUrl}/card`, undefined, { agent });
  if (reply.status !== 200) throw new Error(`GET /card: HTTP ${reply.status}`);
  return decodeProto(meow.ServerCard, reply.body);
}

/** The plaintext error of a reply that could not be boxed (4xx envelope failures, 404, …). */
export function plainErrorCode(body: Uint8Array): string | undefined {
  try {
    return decodeProto(meow.PackedServerReply, body).error?.code ?? undefined;
  } catch {
    return undefined;
  }
}

export interface ClientReply {
  readonly status: number;
  readonly reply: meow.FromServerMessage;
  readonly headers: RawReply['headers'];
}

export interface TestClientOptions {
  /** The clock requests are stamped with: a relay with an injected clock needs the same one. */
  readonly now?: () => number;
  /** Extra HTTP headers on every request (e.g. X-Forwarded-For for a relay that trusts it). */
  readonly headers?: Record<string, string>;
  /**
   * The envelope to send (default: version 3, as the app). Version 1 needs an Ed25519 identity
   * (`clientKeyFor(1)`), versions 2 and 3 an X25519 one.
   */
  readonly envelope?: ServerEnvelopeVersion;
}

/** A client key pair of the kind an envelope version uses. */
export function clientKeyFor(version: ServerEnvelopeVersion = SERVER_ENVELOPE_VERSION): KeyPair {
  return version === SIGNED_ENVELOPE_VERSION ? signKeyPair() : dhKeyPair();
}

export class RelayTestClient {
  readonly session: ServerSession;

  constructor(
    readonly baseUrl: string,
    serverPublicKey: Uint8Array,
    readonly identity: KeyPair = dhKeyPair(),
    readonly agent?: Agent,
    readonly options: TestClientOptions = {},
  ) {
    this.session = createServerSession(identity, serverPublicKey, options.envelope);
  }

  static async connect(
    baseUrl: string,
    agent?: Agent,
    options: TestClientOptions = {},
  ): Promise<RelayTestClient> {
    const card = await fetchCard(baseUrl, agent);
    const identity = clientKeyFor(options.envelope);
    return new RelayTestClient(baseUrl, card.publicKey, identity, agent, options);
  }

  /** A client of the same relay with other options (same key, same agent). */
  with(options: TestClientOptions): RelayTestClient {
    const merged = { ...this.options, ...options };
    const { baseUrl, session, identity, agent } = this;
    return new RelayTestClient(baseUrl, session.serverPublicKey, identity, agent, merged);
  }

  /** A request stamped with a fresh uuid and the client clock (both may be overridden). */
  seal(request: meow.IToServerMessage): Uint8Array {
    const now = this.options.now ?? Date.now;
    return sealServerRequest(
      { version: 1, uuid: randomUUID(), timestamp: now(), ...request },
      this.session,
    );
  }

  /** POSTs an already sealed body (e.g. the same one twice) and opens the reply. */
  async post(body: Uint8Array, signal?: AbortSignal): Promise<ClientReply> {
    const raw = await httpCall(`${this.baseUrl}/v1`, body, {
      agent: this.agent,
      signal,
      headers: this.options.headers,
    });
    const reply = openServerReply(raw.body, this.session);
    return { status: raw.status, reply, headers: raw.headers };
  }

  send(request: meow.IToServerMessage, signal?: AbortSignal): Promise<ClientReply> {
    return this.post(this.seal(request), signal);
  }

  push(messages: meow.IPackedUserMessage[]): Promise<ClientReply> {
    return this.send({ messages });
  }

  pull(queues: readonly PullSpec[], longPollMs = 0, signal?: AbortSignal): Promise<ClientReply> {
    return this.send({ pullRequests: queues.map(pullRequest), longPollMs }, signal);
  }

  ack(lookup: LookupKeyPair, cursor: number): Promise<ClientReply> {
    return this.send({
      acks: [{ lookupKey: lookup.lookupKey, pullToken: lookup.pullToken, cursor }],
    });
  }
}

export interface PullSpec {
  readonly lookup: LookupKeyPair;
  readonly after?: number;
  readonly maxEntries?: number;
}

export function pullRequest(spec: PullSpec): meow.IPullRequest {
  return {
    lookupKey: spec.lookup.lookupKey,
    pullToken: spec.lookup.pullToken,
    after: spec.after ?? 0,
    maxEntries: spec.maxEntries ?? 0,
  };
}

/**
 * An opaque user message to `lookup`, the size of a short padded text, carrying the queue's send
 * capability as a contact would.
 */
export function userMessage(lookup: LookupKeyPair, bytes = 512): meow.IPackedUserMessage {
  return {
    destination: lookup.lookupKey,
    payload: randomBytes(bytes),
    sendToken: lookup.sendToken,
  };
}

/** A pulled batch with every field present, for assertions. */
export interface Batch {
  readonly seqs: number[];
  readonly payloads: (Uint8Array | undefined)[];
  readonly count: number;
  readonly cursor: number;
  readonly more: boolean;
  readonly errorCode: string;
  readonly expired: number;
  readonly expiredUnknown: boolean;
}

export function batchOf(reply: ClientReply, index = 0): Batch {
  const batch = reply.reply.chat[index];
  if (!batch)
    throw new Error(`reply has no batch ${index} (error: ${reply.reply.error?.code ?? '-'})`);
  const entries = batch.entries ?? [];
  return {
    seqs: entries.map((e) => e.seq ?? 0),
    payloads: entries.map((e) => e.message?.payload ?? undefined),
    count: entries.length,
    cursor: batch.cursor ?? 0,
    more: batch.more ?? false,
    errorCode: batch.errorCode ?? '',
    expired: batch.expired ?? 0,
    expiredUnknown: batch.expiredUnknown ?? false,
  };
}
