/**
 * `meow devices …`: the device list, rejecting and revoking devices, and moving contacts to
 * this device (handoff). Pairing (`pair`, `join`, `confirm`) is device-pairing.ts.
 */
import type { Command } from './context';
import { timeoutMs, withEngine } from './engine-run';
import { deviceArg, PAIRING_COMMANDS, syncsSent, waitingNote } from './device-pairing';

function ago(at: number | null): string {
  return at === null ? 'never seen' : `last seen ${new Date(at).toISOString()}`;
}

const list: Command = (ctx) =>
  withEngine(ctx, false, async (engine) => {
    const peers = await engine.listPeers();
    const devices = (await engine.devices.list()).map((d) => ({
      deviceUid: d.uid,
      name: d.name,
      step: d.step,
      code: d.code ?? null,
      pairedAt: d.pairedAt,
      lastSeenAt: d.lastSeenAt,
      syncWaiting: d.syncWaiting,
      primaryFor: peers.filter((p) => p.primaryDeviceUid === d.uid).map((p) => p.uid),
    }));
    const line = (d: (typeof devices)[number]) =>
      [
        d.deviceUid,
        d.name || '(unnamed)',
        d.step,
        ...(d.step === 'confirming' && d.code ? [`code ${d.code}`] : []),
        ago(d.lastSeenAt),
        `${d.syncWaiting} waiting`,
        `primary for ${d.primaryFor.length}`,
      ].join('  ');
    ctx.out.result(devices.map(line).join('\n') || '(no other devices)', devices);
  });

const reject: Command = (ctx) =>
  withEngine(ctx, false, async (engine) => {
    const deviceUid = deviceArg(ctx);
    await engine.devices.reject(deviceUid);
    ctx.out.result(`rejected ${deviceUid}`, { deviceUid, rejected: true });
  });

const revoke: Command = (ctx) =>
  withEngine(ctx, true, async (engine) => {
    const deviceUid = deviceArg(ctx);
    await engine.devices.revoke(deviceUid);
    // Every paired device (the revoked one too) is told; this one forgets it once they all are.
    const waiting = await syncsSent(engine, timeoutMs(ctx));
    ctx.out.result(`revoked ${deviceUid}${waitingNote(waiting)}`, {
      deviceUid,
      revoked: true,
      syncWaiting: waiting,
    });
  });

const handoff: Command = (ctx) =>
  withEngine(ctx, true, async (engine) => {
    const peerUid = ctx.positionals[2];
    const { requested } = await engine.devices.makePrimary(peerUid ? { peerUid } : {});
    const waiting = await syncsSent(engine, timeoutMs(ctx));
    const human =
      requested === 0
        ? 'this device is already primary there'
        : `asked for ${requested} contact(s); each moves here when its primary hands it over ` +
          `(peer.primaryChanged in \`meow watch\`)${waitingNote(waiting)}`;
    ctx.out.result(human, { requested, syncWaiting: waiting });
  });

export const DEVICE_COMMANDS: Readonly<Record<string, Command>> = {
  ...PAIRING_COMMANDS,
  'devices list': list,
  'devices reject': reject,
  'devices revoke': revoke,
  'devices handoff': handoff,
};
