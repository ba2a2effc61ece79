import { randomBytes as nodeRandomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import {
  dhPublicKey,
  fromBase64Url,
  signKeyPair,
  sign,
  toBase64Url,
  verify,
  type KeyPair,
} from '../core/crypto';
import { encodeProto } from '../core/wire';
import { meow } from '../proto';
import type { RelayConfig } from './config';

/**
 * The relay's long-lived identity, kept in `<data>/relay-key.json` (mode 0600):
 *  - an X25519 box key pair: clients pin its public half and box every request to it;
 *  - an Ed25519 signing key pair: signs the ServerCard so a card relayed between users (inside
 *    invitations, `server_add` sync) can be checked against the pinned signing key.
 * Both are generated on first start and written atomically (temp file + fsync + rename), so a
 * crash can never leave a half-written key that would silently change the relay's identity.
 */
export interface RelayKeys {
  readonly box: KeyPair;
  readonly signing: KeyPair;
}

export const KEY_FILE = 'relay-key.json';
export const PROTOCOL_VERSION = 1;
export const SOFTWARE = 'meow-relay/0.1.0';

interface KeyFile {
  readonly version: number;
  /** X25519 private key, base64url. */
  readonly boxPrivateKey: string;
  /** Ed25519 seed, base64url. */
  readonly signSeed: string;
}

export class KeyFileError extends Error {
  override readonly name = 'KeyFileError';
}

function keysFromFile(file: KeyFile): RelayKeys {
  const boxPrivate = fromBase64Url(file.boxPrivateKey);
  const seed = fromBase64Url(file.signSeed);
  if (file.version !== 1 || boxPrivate.length !== 32 || seed.length !== 32) {
    throw new KeyFileError('relay-key.json: unsupported version or wrong key length');
  }
  return {
    box: { publicKey: dhPublicKey(boxPrivate), privateKey: boxPrivate },
    signing: signKeyPair(seed),
  };
}

async function readKeyFile(path: string): Promise<RelayKeys | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
  try {
    return keysFromFile(JSON.parse(text) as KeyFile);
  } catch (cause) {
    if (cause instanceof KeyFileError) throw cause;
    throw new KeyFileError(`${path} is corrupt; restore it or delete it to make a new relay key`);
  }
}

/** Writes `data` to `path` so that readers see either the old file or the whole new one. */
export async function writeFileAtomic(path: string, data: string, mode = 0o600): Promise<void> {
  const temp = `${path}.${process.pid}.${nodeRandomBytes(6).toString('hex')}.tmp`;
  try {
    const handle = await open(temp, 'wx', mode);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (err) {
    await rm(temp, { force: true });
    throw err;
  }
}

/** Loads the relay keys, creating them (and the data folder) on first start. */
export async function loadOrCreateKeys(dataDir: string): Promise<RelayKeys> {
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const path = join(dataDir, KEY_FILE);
  const existing = await readKeyFile(path);
  if (existing) return existing;
  const file: KeyFile = {
    version: 1,
    boxPrivateKey: toBase64Url(nodeRandomBytes(32)),
    signSeed: toBase64Url(nodeRandomBytes(32)),
  };
  await writeFileAtomic(path, `${JSON.stringify(file, null, 2)}\n`);
  return keysFromFile(file);
}

function cardLimits(config: RelayConfig): meow.IServerLimits {
  const l = config.limits;
  return {
    maxBodyBytes: l.maxBodyBytes,
    maxMessageBytes: l.maxMessageBytes,
    maxMessagesPerPush: l.maxMessagesPerPush,
    maxKeysPerPull: l.maxKeysPerPull,
    maxEntriesPerPull: l.maxEntriesPerPull,
    maxLongPollMs: l.maxLongPollMs,
    queueTtlSeconds: Math.floor(l.queueTtlMs / 1000),
    queueMaxLength: l.queueMaxLength,
    invitationMaxExpirySeconds: Math.floor(l.invitationMaxExpiryMs / 1000),
    queueMaxBytes: l.queueMaxBytes,
    replayWindowMs: l.replayWindowMs,
    maxHeldPollsPerAddress: l.maxHeldPollsPerAddress,
    blobMaxChunks: l.blobMaxChunks,
    blobTtlSeconds: Math.floor(l.blobTtlMs / 1000),
  };
}

/** The signed ServerCard served at GET /card. */
export function buildServerCard(
  keys: RelayKeys,
  config: RelayConfig,
  url: string,
): meow.ServerCard {
  const card = meow.ServerCard.create({
    name: config.name,
    url: config.publicUrl ?? url,
    publicKey: keys.box.publicKey,
    protocolVersion: PROTOCOL_VERSION,
    limits: cardLimits(config),
    software: SOFTWARE,
    signingKey: keys.signing.publicKey,
  });
  card.signature = sign(encodeProto(meow.ServerCard, card), keys.signing.privateKey);
  return card;
}

/** Checks a card's self-signature (and, when given, that it is signed by the pinned key). */
export function verifyServerCard(card: meow.IServerCard, pinnedSigningKey?: Uint8Array): boolean {
  const signingKey = card.signingKey ?? new Uint8Array(0);
  if (pinnedSigningKey && Buffer.compare(signingKey, pinnedSigningKey) !== 0) return false;
  const unsigned = encodeProto(meow.ServerCard, { ...card, signature: new Uint8Array(0) });
  return verify(card.signature ?? new Uint8Array(0), unsigned, signingKey);
}
