/**
 * Device pairing and the device list (MULTI_DEVICE_SPEC phase 1, DESIGN.md §5–6), exposed as
 * `engine.devices`. Pairing mirrors a contact invitation with `type = "device"`:
 *
 *   existing device: invite() → QR/text (device ContactCard)            step 'offered'
 *   new device:      join(text) → answer sent; shows pairingCode         step 'answered'
 *   existing device: answer arrives → 'device.pairingRequested' + code  step 'confirming'
 *   user compares both codes → confirm(uid): identity, servers and every peer are sent;
 *   the new device turns 'finalized' on the first sync it receives ('device.paired').
 *
 * Nothing but the answer flows before confirm(); a second device answering the same QR is
 * refused (inbound.ts). The same card is also parked at the first relay under a typed short
 * code (pairing-shortcode.ts). A pairing not confirmed in time lapses on both devices, and a
 * rejected or lapsed one leaves nothing behind (pairing.ts, pairing-expiry.ts). Device peers
 * live in DeviceStorage and are never listed as contacts.
 */
import { AppError, isAppError } from '../../../core/errors';
import { pairingCode } from './codec';
import { deviceDetails, type DeviceDetails } from './details';
import type { Peer } from '../model';
import { createInvitingPeer, encodeInvitationText, inviterCard } from '../peers';
import type { EngineContext } from '../engine/context';
import type { AcceptInput } from '../engine/invitations';
import {
  endPairing,
  expiresAtOf,
  hasExpired,
  PAIRING_GRACE_MS,
  PAIRING_LIFETIME_MS,
  pairingExpired,
  type PairingOptions,
} from './pairing';
import { PairingExpiry } from './pairing-expiry';
import { joinPairing } from './pairing-join';
import { dropShortcode, parkPairingCard } from './pairing-shortcode';
import { pairedUids, queueIntroductions } from './introduce';
import { requestHistory } from './history';
import { requestPrimary } from './handoff';
import { forwardWaitingFor } from './forward';
import {
  pairedDevices,
  queueIdentitySync,
  queuePeerSync,
  queueServerSync,
  queueSync,
} from './sync-out';

export interface DeviceInfo extends DeviceDetails {
  readonly uid: string;
  readonly name: string;
  readonly step: Peer['invitationStep'];
  /** The confirmation code, once both sides' keys are known. */
  readonly code?: string;
  readonly pairedAt: number;
  /** When a pairing not completed yet lapses (this device's clock); null once paired. */
  readonly expiresAt: number | null;
}

export interface DeviceInvitation {
  /** The pairing's local uid until the new device answers. */
  readonly pairingUid: string;
  /** The QR payload (also accepted pasted or from an image file). */
  readonly text: string;
  /** To type on the new device, with `serverUrl`; null when the relay could not park it. */
  readonly shortcode: string | null;
  readonly password: string | null;
  readonly serverUrl: string;
  /** When the pairing lapses unless confirmed (this device's clock). */
  readonly expiresAt: number;
}

export class DeviceManager {
  private readonly lifetimeMs: number;
  private readonly graceMs: number;
  private readonly expiry: PairingExpiry;
  private offPaired: () => void = () => undefined;
  private forwarding: Promise<void> = Promise.resolve();

  constructor(
    private readonly ctx: EngineContext,
    options: PairingOptions = {},
  ) {
    this.lifetimeMs = options.lifetimeMs ?? PAIRING_LIFETIME_MS;
    this.graceMs = options.graceMs ?? PAIRING_GRACE_MS;
    this.expiry = new PairingExpiry(ctx, this.graceMs);
  }

  /**
   * Ends the pairings that lapsed while closed, then watches the others' deadlines; forwards
   * what waited for a sibling once it is paired.
   */
  start(): Promise<void> {
    this.offPaired = this.ctx.events.on('device.paired', ({ deviceUid }) => {
      // Not inside the emitter's stack: it may hold the device's queue.
      this.forwarding = this.forwarding
        .then(() => forwardWaitingFor(this.ctx, deviceUid))
        .catch((err: unknown) => {
          const code = isAppError(err) ? err.code : 'INTERNAL';
          this.ctx.events.emit('error', { where: 'devices.forward', code });
        });
    });
    return this.expiry.start();
  }

  async stop(): Promise<void> {
    this.offPaired();
    await this.forwarding;
    await this.expiry.stop();
  }

  /** On the existing device: a pairing QR (and typed short code) for a new device. */
  async invite(options: { deviceName?: string } = {}): Promise<DeviceInvitation> {
    const servers = this.ctx.profile.servers;
    if (servers.length === 0) throw new AppError('INVALID_ARGUMENT', 'add a relay first');
    const now = this.ctx.now();
    const peer = createInvitingPeer({
      type: 'device',
      name: '',
      myName: options.deviceName ?? 'Meow device',
      myPullServers: [...servers],
      now,
    });
    const card = inviterCard(peer, this.ctx.profile.data.deviceUid);
    const parked = await parkPairingCard(this.ctx, card, this.lifetimeMs);
    const expiresAt = now + this.lifetimeMs;
    const pairing = { expiresAt, ...(parked.record ? { shortcode: parked.record } : {}) };
    await this.ctx.profile.devices.storePeer(peer.uid, { ...peer, pairing });
    this.ctx.wakePoll();
    await this.expiry.wake(); // the deadline is watched before the caller shows it
    const { shortcode, password, serverUrl } = parked;
    const text = encodeInvitationText(card);
    return { pairingUid: peer.uid, text, shortcode, password, serverUrl, expiresAt };
  }

  /**
   * On the new device: answers the QR text or the typed short code; show the returned code
   * until the pairing completes. It gives up at `expiresAt` (the lifetime plus a grace,
   * counted from now on this device's clock: never before the offer itself lapsed).
   */
  async join(
    input: AcceptInput & { deviceName?: string },
  ): Promise<{ deviceUid: string; code: string; expiresAt: number }> {
    const expiresAt = this.ctx.now() + this.lifetimeMs + this.graceMs;
    const myName = input.deviceName;
    const device = await joinPairing(this.ctx, input, {
      expiresAt,
      ...(myName === undefined ? {} : { myName }),
    });
    this.ctx.wakePoll();
    await this.expiry.wake(); // the deadline is watched before the caller shows it
    return { deviceUid: device.uid, code: pairingCode(device), expiresAt };
  }

  /**
   * On the existing device, after the user saw the same code on both screens. What the new
   * device must receive (identity, relays, every contact) and the introductions to the other
   * siblings are recorded before the device is marked paired: the device's rows wait until it
   * is, so a crash in between sends them once the pairing is confirmed.
   */
  async confirm(deviceUid: string): Promise<void> {
    // In the device's queue, so a deadline passing meanwhile cannot end it half confirmed.
    await this.ctx.queue.run(deviceUid, async () => {
      const device = await this.ctx.profile.devices.getPeer(deviceUid);
      if (device?.invitationStep !== 'confirming') {
        throw new AppError('DEVICE_NOT_CONFIRMABLE', 'no pairing waits for confirmation there');
      }
      if (hasExpired(device, this.ctx.now())) {
        await endPairing(this.ctx, device, 'expired');
        throw pairingExpired();
      }
      const contacts = (await this.ctx.profile.peers.listPeers()).map((p) => p.uid);
      const siblings = await pairedUids(this.ctx);
      this.ctx.profile.messages.transaction(() => {
        this.queueEverything(deviceUid, contacts);
        queueIntroductions(this.ctx, deviceUid, siblings);
      });
      const { pairing: _done, ...rest } = device;
      const paired: Peer = { ...rest, invitationStep: 'finalized', updatedAt: this.ctx.now() };
      await this.ctx.profile.devices.storePeer(deviceUid, paired);
      dropShortcode(this.ctx, device);
      this.ctx.events.emit('device.paired', { deviceUid, name: paired.name });
    });
    await this.ctx.syncs.flush(); // outside the queue: sending takes it (sync-dispatch.ts)
  }

  /**
   * On the existing device: the codes differ (or the user changed their mind). On the new
   * device, while it waits for the confirmation ('answered'): start over.
   */
  async reject(deviceUid: string): Promise<void> {
    await this.ctx.queue.run(deviceUid, async () => {
      const device = await this.ctx.profile.devices.getPeer(deviceUid);
      if (!device || device.invitationStep === 'finalized') {
        throw new AppError('DEVICE_NOT_CONFIRMABLE', 'no pairing waits for confirmation there');
      }
      await endPairing(this.ctx, device, 'rejected');
    });
  }

  /**
   * From any device: every sibling (the revoked one included, so it stops) is told, then the
   * device is forgotten here. Its queue is no longer polled and nothing more is sent to it.
   */
  async revoke(deviceUid: string): Promise<void> {
    const device = await this.ctx.profile.devices.getPeer(deviceUid);
    if (!device) throw new AppError('DEVICE_NOT_FOUND', 'no such device');
    // A pairing not confirmed yet ends as a rejection (the new device is told, the short code
    // at the relay goes), not as a revocation of a device that was never paired.
    if (device.invitationStep !== 'finalized') return this.reject(deviceUid);
    // Recorded for every paired device (the revoked one too, if paired); the dispatcher
    // forgets the device once they all have it (sync-settle.ts), also after a restart.
    const targets = (await pairedDevices(this.ctx)).map((d) => d.uid);
    queueSync(this.ctx, 'device_revoke', { revokedDeviceUid: deviceUid }, { targets });
    await this.ctx.syncs.flush();
  }

  async list(): Promise<DeviceInfo[]> {
    const devices = await this.ctx.profile.devices.listPeers();
    return devices.map((d) => ({
      uid: d.uid,
      name: d.name,
      step: d.invitationStep,
      ...(d.contactPublicKey ? { code: pairingCode(d) } : {}),
      pairedAt: d.createdAt,
      expiresAt: expiresAtOf(d),
      ...deviceDetails(this.ctx, d),
    }));
  }

  /** Opt-in history transfer from a sibling (resumable; `sync.progress` events). */
  requestHistory(options: { deviceUid?: string; since?: number } = {}): Promise<string> {
    return requestHistory(this.ctx, options);
  }

  /**
   * Makes this device the primary for one contact (or every contact): asks each contact's
   * current primary to hand the relationship over (handoff.ts). Resolves with how many were
   * asked; `peer.primaryChanged` follows as each arrives.
   */
  makePrimary(options: { peerUid?: string } = {}): Promise<{ requested: number }> {
    return requestPrimary(this.ctx, options.peerUid);
  }

  /** Initial sync to a newly paired device: identity, relays, and every contact we hold. */
  private queueEverything(deviceUid: string, contacts: readonly string[]): void {
    queueIdentitySync(this.ctx, deviceUid);
    for (const server of this.ctx.profile.servers) queueServerSync(this.ctx, server.url, deviceUid);
    for (const uid of contacts) queuePeerSync(this.ctx, uid, deviceUid);
  }
}
