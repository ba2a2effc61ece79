import { AppError } from '../../core/errors';
import { Profile } from '../client/profile';
import { RelayClient } from '../client/relay';
import { CHAT_COMMANDS } from './chat-commands';
import { CONTACT_COMMANDS } from './contact-commands';
import type { Command, CommandContext } from './context';
import { DEVICE_COMMANDS } from './device-commands';
import { FILE_COMMANDS } from './file-commands';
import { MESSAGE_COMMANDS } from './message-commands';

export type { CommandContext } from './context';

function arg(ctx: CommandContext, index: number, what: string): string {
  const value = ctx.positionals[index];
  if (value === undefined || value === '')
    throw new AppError('INVALID_ARGUMENT', `missing ${what}`);
  return value;
}

async function withProfile<T>(ctx: CommandContext, fn: (p: Profile) => Promise<T>): Promise<T> {
  const profile = await Profile.unlock(ctx.profileDir, await ctx.password());
  try {
    return await fn(profile);
  } finally {
    await profile.close();
  }
}

const init: Command = async (ctx) => {
  const nickname = ctx.options.nickname;
  if (typeof nickname !== 'string') throw new AppError('INVALID_ARGUMENT', 'missing --nickname');
  const profile = await Profile.create(ctx.profileDir, {
    nickname,
    password: await ctx.password(),
  });
  const deviceUid = profile.data.deviceUid;
  await profile.close();
  ctx.out.result(`created profile for ${nickname} in ${ctx.profileDir}`, { nickname, deviceUid });
};

const unlock: Command = (ctx) =>
  withProfile(ctx, (p) => {
    ctx.out.result(`unlocked ${p.profile.nickname}`, {
      nickname: p.profile.nickname,
      servers: p.servers.length,
    });
    return Promise.resolve();
  });

const serversAdd: Command = (ctx) =>
  withProfile(ctx, async (p) => {
    const added = await RelayClient.add(arg(ctx, 2, 'server URL'));
    await p.addServer(added.ref);
    ctx.out.result(`added ${added.ref.url} — fingerprint ${added.fingerprint}`, {
      url: added.ref.url,
      name: added.ref.name,
      fingerprint: added.fingerprint,
    });
  });

const serversList: Command = (ctx) =>
  withProfile(ctx, (p) => {
    const servers = p.servers.map((s) => ({ url: s.url, name: s.name }));
    ctx.out.result(servers.map((s) => `${s.url}  ${s.name}`).join('\n') || '(no servers)', servers);
    return Promise.resolve();
  });

const serversRemove: Command = (ctx) =>
  withProfile(ctx, async (p) => {
    const url = arg(ctx, 2, 'server URL');
    await p.removeServer(url);
    ctx.out.result(`removed ${url}`, { url });
  });

/** `<command> [<sub>]` → handler. The engine commands join here as they land. */
export const COMMANDS: Readonly<Record<string, Command>> = {
  init,
  unlock,
  'servers add': serversAdd,
  'servers list': serversList,
  'servers remove': serversRemove,
  ...CHAT_COMMANDS,
  ...MESSAGE_COMMANDS,
  ...FILE_COMMANDS,
  ...DEVICE_COMMANDS,
  ...CONTACT_COMMANDS,
};

export function findCommand(positionals: readonly string[]): Command | undefined {
  const [first = '', second = ''] = positionals;
  return COMMANDS[`${first} ${second}`] ?? COMMANDS[first];
}
