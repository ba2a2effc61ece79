/**
 * Test support for core/ratchet and its users (not used by production code): sessions set up
 * exactly as an invitation does, a party that commits state only on success, and a seeded
 * PRNG so a failing random sequence can be replayed.
 */
import { mulberry32 } from '../../testkit/prng';
import { dh, dhKeyPair, fromUtf8, randomBytes, utf8 } from '../crypto';
import { AppError, type ErrorCode } from '../errors';
import { deriveSessionSecret } from './kdf';
import {
  initAnswerer,
  initInitiator,
  primeWithRemoteRatchetKey,
  ratchetDecrypt,
  ratchetEncrypt,
  ratchetPublicKey,
} from './ratchet';
import { serializeRatchetState, type RatchetState } from './state';

/** Both ends of a fresh session, set up as an invitation does (DESIGN.md §3). */
export function ratchetPair(options: { prime?: boolean } = {}): {
  inviter: RatchetState;
  answerer: RatchetState;
} {
  // The invitation carries DrRootKey, DrKp.public and the inviter's encryption key; the
  // answer carries the answerer's encryption key and its ratchet key.
  const inviterEnc = dhKeyPair();
  const answererEnc = dhKeyPair();
  const drRootKey = randomBytes(32);
  const drKeyPair = dhKeyPair();
  const answerer = initAnswerer(
    deriveSessionSecret(drRootKey, dh(answererEnc.privateKey, inviterEnc.publicKey)),
    drKeyPair.publicKey,
  );
  const fresh = initInitiator(
    deriveSessionSecret(drRootKey, dh(inviterEnc.privateKey, answererEnc.publicKey)),
    drKeyPair,
  );
  const inviter =
    options.prime === false ? fresh : primeWithRemoteRatchetKey(fresh, ratchetPublicKey(answerer));
  return { inviter, answerer };
}

export const TEST_AD = utf8('associated data');

/** Outcome of a decrypt attempt that is expected to fail. */
export interface Rejection {
  /** The AppError code, or null if decryption unexpectedly succeeded. */
  readonly code: ErrorCode | null;
  /** Whether the serialized state is byte-identical after the attempt. */
  readonly unchanged: boolean;
}

/** One party: its state plus helpers that commit only on success, as the engine does. */
export class Party {
  constructor(public state: RatchetState) {}

  send(text: string): Uint8Array {
    const out = ratchetEncrypt(this.state, utf8(text), TEST_AD);
    this.state = out.state;
    return out.message;
  }

  receive(message: Uint8Array): string {
    const out = ratchetDecrypt(this.state, message, TEST_AD);
    this.state = out.state;
    return fromUtf8(out.plaintext);
  }

  /** Tries to decrypt without committing; non-AppError exceptions propagate (they are bugs). */
  attempt(message: Uint8Array, ad = TEST_AD): Rejection {
    const before = serializeRatchetState(this.state);
    let code: ErrorCode | null = null;
    try {
      ratchetDecrypt(this.state, message, ad);
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      code = err.code;
    }
    return { code, unchanged: serializeRatchetState(this.state) === before };
  }
}

export function parties(prime = true): [inviter: Party, answerer: Party] {
  const { inviter, answerer } = ratchetPair({ prime });
  return [new Party(inviter), new Party(answerer)];
}

export function shuffle<T>(items: T[], rand: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}

/** Seeded PRNG for reproducible conversations (see testkit/prng). */
export const prng = mulberry32;
