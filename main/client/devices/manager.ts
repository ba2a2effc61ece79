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
 * refused (inbound.ts). Device peers live in DeviceStorage and are never listed as
 * contacts.
 */
import { AppError } from '../../../core/errors';
import { pairingCode } from './codec';
import type { Peer } from '../model';
import { createInvitingPeer, encodeInvitationText, inviterCard } from '../peers';
import type { EngineContext } from '../engine/context';
import { acceptInvitationInto, type AcceptInput } from '../engine/invitations';
import { pairedUids, queueIntroductions } from './introduce';
import { requestHistory } from './history';
import {
  pairedDevices,
  queueIdentitySync,
  queuePeerSync,
  queueServerSync,
  queueSync,
} from './sync-out';

export interface DeviceInfo {
  readonly uid: string;
  readonly name: string;
  readonly step: Peer['invitationStep'];
  /** The confirmation code, once both sides' keys are known. */
  readonly code?: string;
  readonly pairedAt: number;
}

export interface DeviceInvitation {
  /** The pairing's local uid until the new device answers. */
  readonly pairingUid: string;
  /** The QR payload (also accepted pasted or from an image file). */
  readonly text: string;
}

export class DeviceManager {
  constructor(private readonly ctx: EngineContext) {}

  /** On the existing device: a pairing QR for a new device. */
  async invite(options: { deviceName?: string } = {}): Promise<DeviceInvitation> {
    const servers = this.ctx.profile.servers;
    if (servers.length === 0) throw new AppError('INVALID_ARGUMENT', 'add a relay first');
    const peer = createInvitingPeer({
      type: 'device',
      name: '',
      myName: options.deviceName ?? 'Meow device',
      myPullServers: [...servers],
      now: this.ctx.now(),
    });
    await this.ctx.profile.devices.storePeer(peer.uid, peer);
    this.ctx.wakePoll();
    const text = encodeInvitationText(inviterCard(peer, this.ctx.profile.data.deviceUid));
    return { pairingUid: peer.uid, text };
  }

  /** On the new device: answers the QR; show the returned code until the pairing completes. */
  async join(
    input: AcceptInput & { deviceName?: string },
  ): Promise<{ deviceUid: string; code: string }> {
    const device = await acceptInvitationInto(this.ctx, input, {
      type: 'device',
      ...(input.deviceName === undefined ? {} : { myName: input.deviceName }),
    });
    this.ctx.wakePoll();
    return { deviceUid: device.uid, code: pairingCode(device) };
  }

  /**
   * On the existing device, after the user saw the same code on both screens. What the new
   * device must receive (identity, relays, every contact) and the introductions to the other
   * siblings are recorded before the device is marked paired: the device's rows wait until it
   * is, so a crash in between sends them once the pairing is confirmed.
   */
  async confirm(deviceUid: string): Promise<void> {
    const device = await this.ctx.profile.devices.getPeer(deviceUid);
    if (device?.invitationStep !== 'confirming') {
      throw new AppError('DEVICE_NOT_CONFIRMABLE', 'no pairing waits for confirmation there');
    }
    const contacts = (await this.ctx.profile.peers.listPeers()).map((p) => p.uid);
    const siblings = await pairedUids(this.ctx);
    this.ctx.profile.messages.transaction(() => {
      this.queueEverything(deviceUid, contacts);
      queueIntroductions(this.ctx, deviceUid, siblings);
    });
    const paired: Peer = { ...device, invitationStep: 'finalized', updatedAt: this.ctx.now() };
    await this.ctx.profile.devices.storePeer(deviceUid, paired);
    this.ctx.events.emit('device.paired', { deviceUid, name: paired.name });
    await this.ctx.syncs.flush();
  }

  /**
   * On the existing device: the codes differ (or the user changed their mind). On the new
   * device, while it waits for the confirmation ('answered'): start over.
   */
  async reject(deviceUid: string): Promise<void> {
    const device = await this.ctx.profile.devices.getPeer(deviceUid);
    const step = device?.invitationStep;
    if (step !== 'confirming' && step !== 'offered' && step !== 'answered') {
      throw new AppError('DEVICE_NOT_CONFIRMABLE', 'no pairing waits for confirmation there');
    }
    await this.ctx.profile.devices.deletePeer(deviceUid);
    this.ctx.events.emit('device.removed', { deviceUid, reason: 'rejected' });
    this.ctx.wakePoll();
  }

  /**
   * From any device: every sibling (the revoked one included, so it stops) is told, then the
   * device is forgotten here. Its queue is no longer polled and nothing more is sent to it.
   */
  async revoke(deviceUid: string): Promise<void> {
    if (!(await this.ctx.profile.devices.getPeer(deviceUid))) {
      throw new AppError('DEVICE_NOT_FOUND', 'no such device');
    }
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
    void options;
    return Promise.reject(new AppError('INTERNAL', 'handoff is not built yet'));
  }

  /** Initial sync to a newly paired device: identity, relays, and every contact we hold. */
  private queueEverything(deviceUid: string, contacts: readonly string[]): void {
    queueIdentitySync(this.ctx, deviceUid);
    for (const server of this.ctx.profile.servers) queueServerSync(this.ctx, server.url, deviceUid);
    for (const uid of contacts) queuePeerSync(this.ctx, uid, deviceUid);
  }
}
