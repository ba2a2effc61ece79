/**
 * libsignal's side of bench:peer: @signalapp/libsignal-client (Signal's Rust protocol library
 * through its prebuilt Node module), two identities with in-memory stores, a session started by
 * processing the receiver's PreKeyBundle (X3DH + Kyber: PQXDH), then signalEncrypt/signalDecrypt.
 *
 * The session store persists as a real client must: every saveSession serializes the
 * SessionRecord to bytes and keeps only the bytes, every getSession deserializes them — the
 * protocol state never stays alive as an object between messages. Identity and prekey stores
 * are plain in-memory maps (their cost is a lookup). No store encrypts at rest (Signal Desktop
 * leaves that to SQLCipher under the whole database), and no fsync.
 *
 * The plaintext is the very UserMessage protobuf our side sends, encoded per message and padded
 * the way Signal pads its Content (a 0x80 byte, then zeros up to a multiple of 160 bytes); the
 * receiver strips the padding and decodes the protobuf, so both sides do the same JS work
 * around the protocol. On the wire: the CiphertextMessage's serialized bytes (a SignalMessage),
 * without Signal's sealed-sender layer or its transport framing.
 */
import { randomUUID } from 'node:crypto';
import {
  CiphertextMessageType,
  IdentityChange,
  IdentityKeyPair,
  IdentityKeyStore,
  KEMKeyPair,
  KyberPreKeyRecord,
  KyberPreKeyStore,
  PreKeyBundle,
  PreKeyRecord,
  PreKeySignalMessage,
  PreKeyStore,
  PrivateKey,
  ProtocolAddress,
  PublicKey,
  SenderCertificate,
  ServerCertificate,
  SessionRecord,
  SessionStore,
  SignalMessage,
  SignedPreKeyRecord,
  SignedPreKeyStore,
  processPreKeyBundle,
  sealedSenderDecryptMessage,
  sealedSenderEncryptMessage,
  signalDecrypt,
  signalDecryptPreKey,
  signalEncrypt,
} from '@signalapp/libsignal-client';
import { meow } from '../../proto';
import { decodeProto, encodeProto } from '../../core/wire';
import { AppError } from '../../core/errors';
import { forContact } from '../../main/client/engine/outbound';
import { textMessage } from '../../main/client/engine/messaging';
import type { Duo } from './peer-measure';

/** libsignal wants Uint8Array<ArrayBuffer>; ours are Uint8Array<ArrayBufferLike>. */
type Bytes = Uint8Array<ArrayBuffer>;

const keyOf = (address: ProtocolAddress): string => `${address.name()}.${address.deviceId()}`;

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

/** Persists serialized SessionRecords only (see the header). */
class BytesSessionStore extends SessionStore {
  private readonly records = new Map<string, Bytes>();

  saveSession(name: ProtocolAddress, record: SessionRecord): Promise<void> {
    this.records.set(keyOf(name), record.serialize());
    return Promise.resolve();
  }

  getSession(name: ProtocolAddress): Promise<SessionRecord | null> {
    const bytes = this.records.get(keyOf(name));
    return Promise.resolve(bytes === undefined ? null : SessionRecord.deserialize(bytes));
  }

  async getExistingSessions(addresses: ProtocolAddress[]): Promise<SessionRecord[]> {
    const found = await Promise.all(addresses.map((a) => this.getSession(a)));
    return found.filter((r): r is SessionRecord => r !== null);
  }

  storedBytes(name: ProtocolAddress): number {
    return this.records.get(keyOf(name))?.length ?? 0;
  }
}

/** The breakdown row: SessionRecords kept as live objects, never serialized. */
class ObjectSessionStore extends SessionStore {
  private readonly records = new Map<string, SessionRecord>();

  saveSession(name: ProtocolAddress, record: SessionRecord): Promise<void> {
    this.records.set(keyOf(name), record);
    return Promise.resolve();
  }

  getSession(name: ProtocolAddress): Promise<SessionRecord | null> {
    return Promise.resolve(this.records.get(keyOf(name)) ?? null);
  }

  async getExistingSessions(addresses: ProtocolAddress[]): Promise<SessionRecord[]> {
    const found = await Promise.all(addresses.map((a) => this.getSession(a)));
    return found.filter((r): r is SessionRecord => r !== null);
  }

  storedBytes(name: ProtocolAddress): number {
    return this.records.get(keyOf(name))?.serialize().length ?? 0;
  }
}

/** Trust on first use, then the same key only. */
class MemoryIdentityStore extends IdentityKeyStore {
  private readonly known = new Map<string, Bytes>();

  constructor(
    private readonly identity: IdentityKeyPair,
    private readonly registrationId: number,
  ) {
    super();
  }

  getIdentityKey(): Promise<PrivateKey> {
    return Promise.resolve(this.identity.privateKey);
  }

  getLocalRegistrationId(): Promise<number> {
    return Promise.resolve(this.registrationId);
  }

  saveIdentity(name: ProtocolAddress, key: PublicKey): Promise<IdentityChange> {
    const bytes = key.serialize();
    const before = this.known.get(name.name());
    this.known.set(name.name(), bytes);
    const replaced = before !== undefined && !equalBytes(before, bytes);
    return Promise.resolve(
      replaced ? IdentityChange.ReplacedExisting : IdentityChange.NewOrUnchanged,
    );
  }

  isTrustedIdentity(name: ProtocolAddress, key: PublicKey): Promise<boolean> {
    const before = this.known.get(name.name());
    return Promise.resolve(before === undefined || equalBytes(before, key.serialize()));
  }

  getIdentity(name: ProtocolAddress): Promise<PublicKey | null> {
    const bytes = this.known.get(name.name());
    return Promise.resolve(bytes === undefined ? null : PublicKey.deserialize(bytes));
  }
}

function missing(what: string): never {
  throw new AppError('INTERNAL', `libsignal bench: no ${what}`);
}

class MemoryPreKeyStore extends PreKeyStore {
  private readonly keys = new Map<number, PreKeyRecord>();
  savePreKey(id: number, record: PreKeyRecord): Promise<void> {
    this.keys.set(id, record);
    return Promise.resolve();
  }
  getPreKey(id: number): Promise<PreKeyRecord> {
    return Promise.resolve(this.keys.get(id) ?? missing('prekey'));
  }
  removePreKey(id: number): Promise<void> {
    this.keys.delete(id);
    return Promise.resolve();
  }
}

class MemorySignedPreKeyStore extends SignedPreKeyStore {
  private readonly keys = new Map<number, SignedPreKeyRecord>();
  saveSignedPreKey(id: number, record: SignedPreKeyRecord): Promise<void> {
    this.keys.set(id, record);
    return Promise.resolve();
  }
  getSignedPreKey(id: number): Promise<SignedPreKeyRecord> {
    return Promise.resolve(this.keys.get(id) ?? missing('signed prekey'));
  }
}

class MemoryKyberPreKeyStore extends KyberPreKeyStore {
  private readonly keys = new Map<number, KyberPreKeyRecord>();
  saveKyberPreKey(id: number, record: KyberPreKeyRecord): Promise<void> {
    this.keys.set(id, record);
    return Promise.resolve();
  }
  getKyberPreKey(id: number): Promise<KyberPreKeyRecord> {
    return Promise.resolve(this.keys.get(id) ?? missing('kyber prekey'));
  }
  markKyberPreKeyUsed(): Promise<void> {
    return Promise.resolve();
  }
}

interface Party {
  readonly address: ProtocolAddress;
  readonly identity: IdentityKeyPair;
  readonly sessions: BytesSessionStore | ObjectSessionStore;
  readonly identities: MemoryIdentityStore;
  readonly preKeys: MemoryPreKeyStore;
  readonly signedPreKeys: MemorySignedPreKeyStore;
  readonly kyberPreKeys: MemoryKyberPreKeyStore;
}

function party(registrationId: number, persist: boolean): Party {
  const identity = IdentityKeyPair.generate();
  return {
    address: ProtocolAddress.new(randomUUID(), 1),
    identity,
    sessions: persist ? new BytesSessionStore() : new ObjectSessionStore(),
    identities: new MemoryIdentityStore(identity, registrationId),
    preKeys: new MemoryPreKeyStore(),
    signedPreKeys: new MemorySignedPreKeyStore(),
    kyberPreKeys: new MemoryKyberPreKeyStore(),
  };
}

/** What the receiver publishes to the server: one-time, signed and Kyber prekeys. */
async function publishBundle(receiver: Party, registrationId: number): Promise<PreKeyBundle> {
  const now = Date.now();
  const oneTime = PrivateKey.generate();
  await receiver.preKeys.savePreKey(1, PreKeyRecord.new(1, oneTime.getPublicKey(), oneTime));
  const signed = PrivateKey.generate();
  const signedSig = receiver.identity.privateKey.sign(signed.getPublicKey().serialize());
  await receiver.signedPreKeys.saveSignedPreKey(
    1,
    SignedPreKeyRecord.new(1, now, signed.getPublicKey(), signed, signedSig),
  );
  const kyber = KEMKeyPair.generate();
  const kyberSig = receiver.identity.privateKey.sign(kyber.getPublicKey().serialize());
  await receiver.kyberPreKeys.saveKyberPreKey(1, KyberPreKeyRecord.new(1, now, kyber, kyberSig));
  return PreKeyBundle.new(
    registrationId,
    1,
    1,
    oneTime.getPublicKey(),
    1,
    signed.getPublicKey(),
    signedSig,
    receiver.identity.publicKey,
    1,
    kyber.getPublicKey(),
    kyberSig,
  );
}

/** Signal's Content padding: 0x80, then zeros to a multiple of 160 bytes. */
function signalPad(bytes: Uint8Array): Bytes {
  const out = new Uint8Array(Math.ceil((bytes.length + 1) / 160) * 160);
  out.set(bytes);
  out[bytes.length] = 0x80;
  return out;
}

function signalUnpad(bytes: Uint8Array): Uint8Array {
  let end = bytes.length - 1;
  while (end >= 0 && bytes[end] === 0) end--;
  if (end < 0 || bytes[end] !== 0x80) throw new AppError('PAD_INVALID', 'bad Signal padding');
  return bytes.subarray(0, end);
}

export interface LibsignalOptions {
  /** false: the breakdown row, SessionRecords kept as objects (ObjectSessionStore). */
  readonly persist?: boolean;
  /**
   * Wrap every message in sealed sender, as Signal sends to contacts (the sender's identity
   * hidden from the server: an ephemeral ECDH, encryption, a sender certificate checked by the
   * receiver) — the counterpart of our crypto_box layer.
   */
  readonly sealedSender?: boolean;
}

/** A server trust root, its signing certificate, and one sender certificate per party. */
function certificates(parties: readonly Party[]) {
  const trustRoot = PrivateKey.generate();
  const serverKey = PrivateKey.generate();
  const server = ServerCertificate.new(1, serverKey.getPublicKey(), trustRoot);
  const expires = Date.now() + 86_400_000;
  const of = new Map(
    parties.map((p) => [
      p,
      SenderCertificate.new(
        p.address.name(),
        null,
        1,
        p.identity.publicKey,
        expires,
        server,
        serverKey,
      ),
    ]),
  );
  return { trustRoot: trustRoot.getPublicKey(), of };
}

export async function libsignalDuo(text: string, options: LibsignalOptions = {}): Promise<Duo> {
  const a = party(1001, options.persist ?? true);
  const b = party(2002, options.persist ?? true);
  const bundle = await publishBundle(b, 2002);
  await processPreKeyBundle(bundle, b.address, a.address, a.sessions, a.identities);
  const certs = certificates([a, b]);

  async function sealed(from: Party, to: Party, plaintext: Bytes): Promise<[Bytes, Uint8Array]> {
    const cert = certs.of.get(from) ?? missing('sender certificate');
    const wire = await sealedSenderEncryptMessage(
      plaintext,
      to.address,
      cert,
      from.sessions,
      from.identities,
    );
    const opened = await sealedSenderDecryptMessage(
      wire,
      certs.trustRoot,
      Date.now(),
      null,
      to.address.name(),
      1,
      to.sessions,
      to.identities,
      to.preKeys,
      to.signedPreKeys,
      to.kyberPreKeys,
    );
    return [wire, opened.message()];
  }

  async function plain(from: Party, to: Party, plaintext: Bytes): Promise<[Bytes, Uint8Array]> {
    const sealed = await signalEncrypt(
      plaintext,
      to.address,
      from.address,
      from.sessions,
      from.identities,
    );
    const wire = sealed.serialize();
    const opened =
      sealed.type() === (CiphertextMessageType.PreKey as number)
        ? await signalDecryptPreKey(
            PreKeySignalMessage.deserialize(wire),
            from.address,
            to.address,
            to.sessions,
            to.identities,
            to.preKeys,
            to.signedPreKeys,
            to.kyberPreKeys,
          )
        : await signalDecrypt(
            SignalMessage.deserialize(wire),
            from.address,
            to.address,
            to.sessions,
            to.identities,
          );
    return [wire, opened];
  }

  const exchange = options.sealedSender === true ? sealed : plain;
  async function send(from: Party, to: Party): Promise<number> {
    const now = Date.now();
    const { message } = textMessage(randomUUID(), text, '', now);
    const plaintext = signalPad(encodeProto(meow.UserMessage, forContact(message, now)));
    const [wire, opened] = await exchange(from, to, plaintext);
    const received = decodeProto(meow.UserMessage, signalUnpad(opened));
    if (received.text.length !== text.length) throw new AppError('INTERNAL', 'bad text');
    return wire.length;
  }

  // The PreKeySignalMessage, then Bob's answer: from here on both sides send SignalMessages.
  await send(a, b);
  await send(b, a);
  return {
    send: (aToB) => (aToB ? send(a, b) : send(b, a)),
    storedBytes: () => a.sessions.storedBytes(b.address),
  };
}
