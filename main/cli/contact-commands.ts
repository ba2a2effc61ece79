/**
 * Managing contacts from the command line (engine/contacts.ts): rename, block, unblock, clear
 * a conversation, delete a contact, cancel an invitation, show the safety code and mark a
 * contact verified. Each runs the engine until what it owes the other devices has left.
 */
import type { Engine } from '../client/engine/engine';
import type { Command, CommandContext } from './context';
import { drainOutbox, need, timeoutMs, withEngine } from './engine-run';

const contactArg = (ctx: CommandContext): string => need(ctx.positionals[2], 'contact id');

/** Runs `fn` with the workers on, then waits until its syncs (and jobs) have left. */
function changing(fn: (engine: Engine, ctx: CommandContext) => Promise<void>): Command {
  return (ctx) =>
    withEngine(ctx, true, async (engine) => {
      await fn(engine, ctx);
      await drainOutbox(engine, timeoutMs(ctx));
    });
}

const rename = changing(async (engine, ctx) => {
  const peerUid = contactArg(ctx);
  const name = need(ctx.positionals[3], 'new name');
  await engine.updatePeer(peerUid, { name });
  ctx.out.result(`renamed ${peerUid} to ${name}`, { peerUid, name });
});

const block = (blocked: boolean) =>
  changing(async (engine, ctx) => {
    const peerUid = contactArg(ctx);
    await engine.updatePeer(peerUid, { blocked });
    ctx.out.result(`${blocked ? 'blocked' : 'unblocked'} ${peerUid}`, { peerUid, blocked });
  });

const clear = changing(async (engine, ctx) => {
  const peerUid = contactArg(ctx);
  await engine.clearConversation(peerUid);
  ctx.out.result(`cleared the conversation with ${peerUid}`, { peerUid });
});

const remove = changing(async (engine, ctx) => {
  const peerUid = contactArg(ctx);
  await engine.deletePeer(peerUid);
  ctx.out.result(`deleted ${peerUid}`, { peerUid });
});

const cancel = changing(async (engine, ctx) => {
  const peerUid = contactArg(ctx);
  const { shortcodeDeleted } = await engine.cancelInvitation(peerUid);
  const relay = shortcodeDeleted ? '' : ' (the relay was unreachable: its code lapses by itself)';
  ctx.out.result(`cancelled the invitation ${peerUid}${relay}`, { peerUid, shortcodeDeleted });
});

const safetyCode: Command = (ctx) =>
  withEngine(ctx, false, async (engine) => {
    const peerUid = contactArg(ctx);
    const code = await engine.safetyCode(peerUid);
    ctx.out.result(code, { peerUid, code });
  });

const verify = (verified: boolean) =>
  changing(async (engine, ctx) => {
    const peerUid = contactArg(ctx);
    await engine.verifyPeer(peerUid, verified);
    ctx.out.result(`${verified ? 'verified' : 'not verified'}: ${peerUid}`, { peerUid, verified });
  });

export const CONTACT_COMMANDS: Readonly<Record<string, Command>> = {
  'contact rename': rename,
  'contact block': block(true),
  'contact unblock': block(false),
  'contact clear': clear,
  'contact delete': remove,
  'contact safety-code': safetyCode,
  'contact verify': verify(true),
  'contact unverify': verify(false),
  'invite cancel': cancel,
};
