/**
 * Pairing a device from the command line (docs/PROTOCOL.md §10), across two terminals:
 *
 *   existing device: meow devices pair      prints the pairing text, waits for the answer,
 *                                            prints the code (and asks y/n on a terminal)
 *   new device:      meow devices join TEXT  prints the code, waits until it is confirmed
 *   existing device: meow devices confirm UID   once both codes match (without a terminal)
 *
 * A pairing waiting for its code survives the commands ending (the engine stores it), so
 * `pair` may exit before anyone compared the codes.
 */
import { AppError } from '../../core/errors';
import type { EngineEvents } from '../api/events';
import type { Engine } from '../client/engine/engine';
import type { AcceptInput } from '../client/engine/invitations';
import { RelayClient } from '../client/relay';
import type { Command, CommandContext } from './context';
import { need, nextEvent, str, timeoutMs, withEngine } from './engine-run';

/** A person carries the text from one screen to the other: longer than a send waits. */
const PAIRING_SECONDS = 600;
/** After the confirmation, how long `join` waits for the profile to arrive. */
const PROFILE_MS = 15_000;

export function deviceArg(ctx: CommandContext): string {
  return need(ctx.positionals[2], 'device id');
}

/**
 * Waits (up to `ms`) until no sibling has syncs the relay has not accepted (the device list's
 * `syncWaiting`); resolves with how many still wait then. Those are not lost: they are sent
 * the next time the engine runs (e.g. `meow watch`).
 */
export async function syncsSent(engine: Engine, ms: number): Promise<number> {
  const deadline = Date.now() + ms;
  for (;;) {
    const devices = await engine.devices.list();
    const waiting = devices.reduce((n, d) => n + d.syncWaiting, 0);
    if (waiting === 0 || Date.now() > deadline) return waiting;
    await new Promise((r) => setTimeout(r, 100));
  }
}

export function waitingNote(waiting: number): string {
  return waiting === 0 ? '' : ` (${waiting} sync messages still queued; \`meow watch\` sends them)`;
}

/** Sends what the new device must receive, waiting (up to --timeout) for the relay to take it. */
async function confirmDevice(ctx: CommandContext, engine: Engine, deviceUid: string) {
  await engine.devices.confirm(deviceUid);
  const waiting = await syncsSent(engine, timeoutMs(ctx));
  ctx.out.result(`confirmed ${deviceUid}${waitingNote(waiting)}`, {
    deviceUid,
    confirmed: true,
    syncWaiting: waiting,
  });
}

function confirmHint(deviceUid: string): string {
  return `compare the codes, then: meow devices confirm ${deviceUid} (or: meow devices reject ${deviceUid})`;
}

/** The person at the terminal compares the codes: y confirms, n rejects, no answer leaves it. */
async function askToConfirm(ctx: CommandContext, engine: Engine, deviceUid: string, q: string) {
  const yes = ctx.ask ? await ctx.ask(q) : undefined;
  if (yes === undefined) {
    ctx.out.result(confirmHint(deviceUid), { deviceUid, confirmed: null });
  } else if (yes) {
    await confirmDevice(ctx, engine, deviceUid);
  } else {
    await engine.devices.reject(deviceUid);
    ctx.out.result(`rejected ${deviceUid}`, { deviceUid, rejected: true });
  }
}

type StepName = 'device.pairingRequested' | 'device.paired';

/**
 * The next step of a pairing (`name` matching `match`). Fails as soon as the pairing ends
 * instead (`device.removed` for `endsWith`: rejected on either side, or lapsed), or after `ms`.
 */
function pairingStep<K extends StepName>(
  engine: Engine,
  name: K,
  match: (e: EngineEvents[K]) => boolean,
  endsWith: string,
  ms: number,
  timeoutMessage: string,
): Promise<EngineEvents[K]> {
  return new Promise((resolve, reject) => {
    const end = (): void => {
      clearTimeout(timer);
      offStep();
      offEnded();
    };
    const timer = setTimeout(() => {
      end();
      reject(new AppError('RELAY_UNAVAILABLE', timeoutMessage));
    }, ms);
    const offStep = engine.events.on(name, (e) => {
      if (!match(e)) return;
      end();
      resolve(e);
    });
    const offEnded = engine.events.on('device.removed', (e) => {
      if (e.deviceUid !== endsWith) return;
      end();
      reject(new AppError('DEVICE_NOT_CONFIRMABLE', `the pairing ended (${e.reason})`));
    });
  });
}

function invitationText(invitation: Awaited<ReturnType<Engine['devices']['invite']>>): string {
  const typed = invitation.shortcode
    ? `\nor type: shortcode ${invitation.shortcode}  password ${invitation.password ?? ''}` +
      `  server ${invitation.serverUrl}`
    : '';
  return `${invitation.text}${typed}\n(on the new device: meow devices join …; waiting for it)`;
}

const pair: Command = (ctx) =>
  withEngine(ctx, true, async (engine) => {
    const name = str(ctx, 'name');
    const ms = timeoutMs(ctx, PAIRING_SECONDS);
    const invitation = await engine.devices.invite(name === undefined ? {} : { deviceName: name });
    // Subscribed before anyone can see the text, so the answer cannot come first.
    const answered = pairingStep(
      engine,
      'device.pairingRequested',
      () => true,
      invitation.pairingUid,
      ms,
      `no device answered within ${ms / 1000} s`,
    );
    ctx.out.result(invitationText(invitation), invitation);
    const { deviceUid, name: who, code } = await answered;
    const line = `${who || 'the new device'} answered: pairing code ${code} (device ${deviceUid})`;
    const data = { deviceUid, name: who, code };
    if (!ctx.ask) {
      ctx.out.result(`${line}\n${confirmHint(deviceUid)}`, data);
      return;
    }
    ctx.out.result(line, data);
    await askToConfirm(ctx, engine, deviceUid, `Does the new device show ${code}? [y/N] `);
  });

/** The pairing text (argument or --text), or the typed short code, password and relay. */
async function joinInput(ctx: CommandContext): Promise<AcceptInput> {
  const text = ctx.positionals[2] ?? str(ctx, 'text');
  if (text !== undefined) return { text };
  const shortcode = need(str(ctx, 'shortcode'), 'pairing text or --shortcode');
  const password = need(str(ctx, 'invite-password'), '--invite-password');
  const server = (await RelayClient.add(need(str(ctx, 'server'), '--server'))).ref;
  return { shortcode, password, server };
}

const join: Command = (ctx) =>
  withEngine(ctx, true, async (engine) => {
    const name = str(ctx, 'name');
    const joined = await engine.devices.join({
      ...(await joinInput(ctx)),
      ...(name === undefined ? {} : { deviceName: name }),
    });
    const ms = timeoutMs(ctx, PAIRING_SECONDS);
    const paired = pairingStep(
      engine,
      'device.paired',
      (e) => e.deviceUid === joined.deviceUid,
      joined.deviceUid,
      ms,
      `not confirmed within ${ms / 1000} s; it still waits (meow devices list), ` +
        `or start over with: meow devices reject ${joined.deviceUid}`,
    );
    ctx.out.result(
      `pairing code ${joined.code}: confirm it on the other device (waiting…)`,
      joined,
    );
    const e = await paired;
    // The profile comes with the first syncs: wait for it, so `meow unlock` shows it next.
    await nextEvent(engine, 'profile.updated', () => true, PROFILE_MS).catch(() => undefined);
    ctx.out.result(`paired with ${e.name || 'your other device'} (${e.deviceUid})`, {
      deviceUid: e.deviceUid,
      name: e.name,
      paired: true,
    });
  });

const confirm: Command = (ctx) =>
  withEngine(ctx, true, (engine) => confirmDevice(ctx, engine, deviceArg(ctx)));

export const PAIRING_COMMANDS: Readonly<Record<string, Command>> = {
  'devices pair': pair,
  'devices join': join,
  'devices confirm': confirm,
};
