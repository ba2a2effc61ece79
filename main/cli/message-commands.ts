/** Changing a message from the command line: edit a sent text, delete for me or for everyone. */
import type { Command } from './context';
import { drainOutbox, need, timeoutMs, withEngine } from './engine-run';

/** `edit CONTACT UUID TEXT`: waits until the edit left for the relay (or a sibling). */
const edit: Command = (ctx) =>
  withEngine(ctx, true, async (engine) => {
    const peerUid = need(ctx.positionals[1], 'contact id');
    const uuid = need(ctx.positionals[2], 'message id');
    const text = need(ctx.positionals[3], 'new text');
    await engine.editText(peerUid, uuid, text);
    await drainOutbox(engine, timeoutMs(ctx));
    ctx.out.result(`${uuid} edited`, { uuid, edited: true });
  });

/** `delete CONTACT UUID [--everyone]`: for me (my devices), or for everyone within 24 h. */
const remove: Command = (ctx) =>
  withEngine(ctx, true, async (engine) => {
    const peerUid = need(ctx.positionals[1], 'contact id');
    const uuid = need(ctx.positionals[2], 'message id');
    const forEveryone = ctx.options.everyone === true;
    await engine.deleteMessage(peerUid, uuid, forEveryone);
    await drainOutbox(engine, timeoutMs(ctx));
    const scope = forEveryone ? 'for everyone' : 'for me';
    ctx.out.result(`${uuid} deleted ${scope}`, { uuid, deleted: scope });
  });

export const MESSAGE_COMMANDS: Readonly<Record<string, Command>> = { edit, delete: remove };
