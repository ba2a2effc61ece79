import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { signKeyPair, toBase64Url, type Argon2idParams } from '../../core/crypto';
import { AppError } from '../../core/errors';
import {
  createIdentityFile,
  DEVICE_STORAGE_DOMAIN,
  generateDbKey,
  MessageDb,
  openIdentityFile,
  PEER_STORAGE_DOMAIN,
  PeerStorage,
  type IdentityFile,
} from '../storage';
import { fromB64 } from './b64';
import { validateSettingsPatch, withDefaults } from './device-settings';
import { useNativeCrypto } from './native-crypto';
import { peerRecordCodec } from './peers';
import type { DeviceSettings, IdentityData, IdentityProfile, Peer, ServerRef } from './model';
import { validateProfilePatch, validateNewPassword } from './profile-validation';

/**
 * A profile folder (DESIGN.md §5): one identity with its stores, side by side with any other
 * profile folder the host chooses (that is how two "devices" run on one machine).
 *
 *   <dir>/identity.json   encrypted identity (Argon2id + XChaCha20-Poly1305)
 *   <dir>/peers/          PeerStorage (LevelDB), per contact an encrypted JSON record and an
 *                         encrypted binary one with its ratchet state (peers/peer-record.ts)
 *   <dir>/devices/        DeviceStorage (LevelDB), the sibling devices (OwnedDevices)
 *   <dir>/messages.db     message DB (SQLite): messages, outbox, dedup tables
 */
export function profilePaths(dir: string) {
  return {
    dir,
    identity: join(dir, 'identity.json'),
    peers: join(dir, 'peers'),
    devices: join(dir, 'devices'),
    messages: join(dir, 'messages.db'),
  } as const;
}

export interface CreateProfileOptions {
  readonly nickname: string;
  readonly password: string;
  /** Argon2id cost; tests pass cheap parameters. */
  readonly argon?: Argon2idParams;
}

/** An unlocked profile: the identity and its open stores. Close it when done. */
export class Profile {
  private constructor(
    readonly dir: string,
    private readonly identity: IdentityFile<IdentityData>,
    readonly peers: PeerStorage<Peer>,
    readonly devices: PeerStorage<Peer>,
    readonly messages: MessageDb,
  ) {}

  /** Creates a new identity in `dir` (which must not hold one yet) and opens its stores. */
  static async create(dir: string, options: CreateProfileOptions): Promise<Profile> {
    const profile = validateProfilePatch({ nickname: options.nickname });
    validateNewPassword(options.password);
    await mkdir(dir, { recursive: true, mode: 0o700 });
    const device = signKeyPair();
    const root = signKeyPair();
    const data: IdentityData = {
      version: 1,
      profile: { nickname: profile.nickname ?? '', defaultAvatar: '', avatars: [], status: '' },
      rootKp: { publicKey: toBase64Url(root.publicKey), privateKey: toBase64Url(root.privateKey) },
      device: {
        publicKey: toBase64Url(device.publicKey),
        privateKey: toBase64Url(device.privateKey),
      },
      deviceUid: crypto.randomUUID(),
      dbKey: toBase64Url(generateDbKey()),
      messageServers: [],
      hiddenPeers: [],
    };
    const paths = profilePaths(dir);
    useNativeCrypto(); // Argon2id on the thread pool when it can (storage/key-derivation.ts)
    const identity = await createIdentityFile(
      paths.identity,
      options.password,
      data,
      options.argon,
    );
    return Profile.openStores(dir, identity);
  }

  /** Unlocks `dir` with `password`; a wrong password is IDENTITY_BAD_PASSWORD and touches nothing. */
  static async unlock(dir: string, password: string): Promise<Profile> {
    useNativeCrypto(); // as in create
    const identity = await openIdentityFile<IdentityData>(profilePaths(dir).identity, password);
    return Profile.openStores(dir, identity);
  }

  private static async openStores(
    dir: string,
    identity: IdentityFile<IdentityData>,
  ): Promise<Profile> {
    const paths = profilePaths(dir);
    const dbKey = fromB64(identity.data.dbKey, 'dbKey');
    const peers = await PeerStorage.open(paths.peers, dbKey, PEER_STORAGE_DOMAIN, peerRecordCodec);
    try {
      const devices = await PeerStorage.open(
        paths.devices,
        dbKey,
        DEVICE_STORAGE_DOMAIN,
        peerRecordCodec,
      );
      try {
        return new Profile(dir, identity, peers, devices, MessageDb.open(paths.messages, dbKey));
      } catch (err) {
        await devices.close();
        throw err;
      }
    } catch (err) {
      await peers.close();
      throw err;
    }
  }

  get data(): IdentityData {
    return this.identity.data;
  }

  get profile(): IdentityProfile {
    return this.identity.data.profile;
  }

  /** Nickname, avatars, status; validated, saved atomically. Returns the new profile. */
  async updateProfile(patch: Partial<IdentityProfile>): Promise<IdentityProfile> {
    const valid = validateProfilePatch(patch);
    const profile = { ...this.profile, ...valid };
    await this.identity.save({ ...this.identity.data, profile });
    return profile;
  }

  /** This device's settings, defaults filled in (device-settings.ts). */
  get settings(): Required<DeviceSettings> {
    return withDefaults(this.identity.data.settings);
  }

  /** Saves a change to this device's settings (never synced to sibling devices). */
  async updateSettings(patch: DeviceSettings): Promise<Required<DeviceSettings>> {
    validateSettingsPatch(patch);
    const settings = { ...this.settings, ...patch };
    await this.identity.save({ ...this.identity.data, settings });
    return settings;
  }

  async changePassword(oldPassword: string, newPassword: string): Promise<void> {
    validateNewPassword(newPassword);
    await this.identity.changePassword(oldPassword, newPassword);
  }

  get servers(): readonly ServerRef[] {
    return this.identity.data.messageServers;
  }

  /** Adds (or replaces, by URL) a relay whose card the caller fetched and verified. */
  async addServer(server: ServerRef): Promise<void> {
    const others = this.servers.filter((s) => s.url !== server.url);
    await this.identity.save({ ...this.identity.data, messageServers: [...others, server] });
  }

  async removeServer(url: string): Promise<void> {
    if (!this.servers.some((s) => s.url === url)) {
      throw new AppError('INVALID_ARGUMENT', 'no such server in this profile');
    }
    const messageServers = this.servers.filter((s) => s.url !== url);
    await this.identity.save({ ...this.identity.data, messageServers });
  }

  async close(): Promise<void> {
    this.messages.close();
    await Promise.all([this.peers.close(), this.devices.close()]);
    await this.identity.close();
  }
}
