import { randomUUID } from 'node:crypto';
import { concatBytes, randomBytes, sign, utf8 } from '../../../core/crypto';
import { sealRequestPayload } from '../../../core/envelope/server';
import { newLookupKeyPair, type LookupKeyPair } from '../../../core/lookup';
import { encodeProto } from '../../../core/wire';
import { meow } from '../../../proto';
import type { Rng } from '../../../testkit/prng';
import type { RelayLimits } from '../../config';
import type { RelayTestClient } from './client';

/**
 * Body generators for the relay fuzz test. None of them can change a queue: pushes carry no
 * valid send capability (or are too large, or over a count limit), acks no valid pull token,
 * and the one valid request was served before the fuzz starts, so every copy of it is a replay.
 */
export interface FuzzWorld {
  /** Sends the version 3 envelope (as the app). */
  readonly client: RelayTestClient;
  /** Sends the signed version 1 envelope, which relays still open. */
  readonly signed: RelayTestClient;
  readonly serverKey: Uint8Array;
  readonly limits: RelayLimits;
  /** Queues with entries, watched for changes; the fuzz knows their addresses and pull tokens. */
  readonly queues: readonly LookupKeyPair[];
  /** A valid request (push + ack + pull on `queues`), already served once. */
  readonly served: Uint8Array;
}

const int = (random: Rng, below: number): number => Math.floor(random() * below);
const pick = <T>(random: Rng, items: readonly T[]): T => items[int(random, items.length)] as T;

export function mutate(bytes: Uint8Array, random: Rng): Uint8Array {
  const out = Uint8Array.from(bytes);
  const kind = int(random, 4);
  const at = int(random, out.length);
  if (kind === 0) out[at] = int(random, 256);
  if (kind === 1) return out.subarray(0, at);
  if (kind === 2) return concatBytes(out, randomBytes(1 + int(random, 40)));
  if (kind === 3) {
    for (let i = 0; i < 4; i++) {
      const k = int(random, out.length);
      out[k] = (out[k] ?? 0) ^ (1 << (i * 2));
    }
  }
  return out;
}

/**
 * A well-formed envelope (version 3, or correctly signed version 1) around a box of random
 * plaintext (exercises the inner decoder).
 */
export function sealedGarbage(world: FuzzWorld, random: Rng): Uint8Array {
  const client = random() < 0.5 ? world.client : world.signed;
  const plaintext = randomBytes(int(random, 200));
  // Half boxed correctly (the inner decoder sees garbage), half not a box at all.
  const payload = random() < 0.5 ? sealRequestPayload(plaintext, client.session) : plaintext;
  const version = client.session.version;
  const signature =
    version === 1
      ? sign(concatBytes(utf8('meow/srv/v1'), world.serverKey, payload), client.identity.privateKey)
      : new Uint8Array(0);
  return encodeProto(meow.PackedServerMessage, {
    from: client.identity.publicKey,
    payload,
    signature,
    version,
  });
}

/** A send token that is not the destination's: missing, someone else's, or almost right. */
function wrongToken(random: Rng, queue: LookupKeyPair): Uint8Array | undefined {
  const flipped = Uint8Array.from(queue.sendToken);
  const at = int(random, 32);
  flipped[at] = (flipped[at] ?? 0) ^ (1 << int(random, 8));
  return pick(random, [
    undefined,
    flipped,
    queue.pullToken,
    queue.lookupKey,
    queue.sendToken.subarray(0, 31),
    newLookupKeyPair().sendToken,
    randomBytes(int(random, 40)),
  ]);
}

function oddPush(world: FuzzWorld, random: Rng, n: number): meow.IPackedUserMessage[] {
  return Array.from({ length: n }, () => {
    const queue = pick(random, world.queues);
    if (random() < 0.3) {
      // The right capability, but a stored encoding just over max_message_bytes.
      const payload = randomBytes(world.limits.maxMessageBytes - 36 + int(random, 64));
      return { destination: queue.lookupKey, payload, sendToken: queue.sendToken };
    }
    const destination = random() < 0.5 ? queue.lookupKey : randomBytes(int(random, 40));
    const sendToken = wrongToken(random, queue);
    return { destination, payload: randomBytes(int(random, 64)), ...(sendToken && { sendToken }) };
  });
}

/** Pulls may prove ownership for real: reading never changes a queue. Acks never do. */
function oddPulls(world: FuzzWorld, random: Rng, n: number): meow.IPullRequest[] {
  return Array.from({ length: n }, () => {
    const queue = pick(random, world.queues);
    return {
      lookupKey: random() < 0.8 ? queue.lookupKey : randomBytes(32),
      pullToken: random() < 0.5 ? queue.pullToken : randomBytes(int(random, 40)),
      after: pick(random, [0, int(random, 2 ** 40), Number.MAX_SAFE_INTEGER, 1]),
      maxEntries: pick(random, [0, 1, int(random, 2 ** 31), 0xffffffff]),
    };
  });
}

function oddAcks(world: FuzzWorld, random: Rng, n: number): meow.IQueueAck[] {
  return Array.from({ length: n }, () => {
    const queue = pick(random, world.queues);
    return {
      lookupKey: random() < 0.8 ? queue.lookupKey : randomBytes(32),
      pullToken: random() < 0.5 ? queue.sendToken : randomBytes(32),
      cursor: pick(random, [Number.MAX_SAFE_INTEGER, int(random, 1000), 0]),
    };
  });
}

/** Boundary values of the request's own fields: version, uuid, timestamp, counts. */
function oddFrame(world: FuzzWorld, random: Rng): meow.IToServerMessage {
  const { limits } = world;
  const window = limits.replayWindowMs;
  const count = random() < 0.1 ? limits.maxMessagesPerPush + 1 : int(random, 5);
  return {
    version: random() < 0.9 ? 1 : pick(random, [0, 2, 0xffffffff]),
    uuid: random() < 0.8 ? randomUUID() : pick(random, ['', 'u'.repeat(64), 'u'.repeat(65)]),
    timestamp:
      Date.now() + pick(random, [0, 0, 0, -window - 1_000, window + 1_000, -window + 5, 1e12]),
    longPollMs: pick(random, [0, 0, int(random, 5), 0xffffffff]),
    messages: oddPush(world, random, count),
  };
}

/** Valid envelopes with odd but well-formed contents. */
export function oddRequest(world: FuzzWorld, random: Rng): Uint8Array {
  const n = int(random, 5);
  const keys = random() < 0.05 ? world.limits.maxKeysPerPull + 1 : n;
  return world.client.seal({
    ...oddFrame(world, random),
    pullRequests: oddPulls(world, random, keys),
    acks: oddAcks(world, random, n % 3),
    invitation:
      random() < 0.2
        ? {
            // Deliberately also values outside the enum (4): the relay must cope.
            // eslint-disable-next-line @typescript-eslint/no-unsafe-enum-assignment
            op: int(random, 5) as meow.InvitationRequest.Op,
            invitation: { shortcode: 'ABCDEFGH', password: 'x', payload: randomBytes(n) },
          }
        : null,
  });
}

/** Bodies around the size limit, and a few far over it. */
export function oddSize(world: FuzzWorld, random: Rng): Uint8Array {
  const limit = world.limits.maxBodyBytes;
  return randomBytes(
    pick(random, [0, 1, limit - 1, limit, limit + 1, 2 * limit, int(random, 600)]),
  );
}
