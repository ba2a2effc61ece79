/**
 * The one dispatcher both hosts use: (command name, raw arguments) from an untrusted UI →
 * validated call → JSON response. Unknown commands and malformed arguments are
 * INVALID_ARGUMENT and reach no engine code; an AppError becomes { code, message }; anything
 * else is INTERNAL with a generic message (details stay in the host's log, never the UI).
 */
import { isAppError } from '../../core/errors';
import type { ApiCaller } from './caller';
import { commandArgs, type ApiResponse, type CommandName } from './contract';
import { handlers, unknownCommand } from './handlers';
import type { ApiSession } from './session';

function isCommand(name: unknown): name is CommandName {
  return typeof name === 'string' && Object.hasOwn(commandArgs, name);
}

/** `caller`: the page asking, when the host can tell (caller.ts); a file it hands over ends with it. */
export type Dispatch = (
  command: unknown,
  args: unknown,
  caller?: ApiCaller,
) => Promise<ApiResponse<CommandName>>;

export function createDispatcher(
  session: ApiSession,
  log: (error: unknown) => void = () => undefined,
): Dispatch {
  return async (command, args, caller) => {
    if (!isCommand(command)) return failure(unknownCommand(String(command)));
    const parsed = commandArgs[command].safeParse(args ?? {});
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.join('.') ?? '';
      const message = `invalid arguments for ${command}${where ? ` (${where})` : ''}: ${issue?.message ?? ''}`;
      return { ok: false, error: { code: 'INVALID_ARGUMENT', message } };
    }
    try {
      // Most commands wait for the engine's start-up to finish (ApiSession.ready).
      await session.ready(command);
      const handler = handlers[command] as (
        s: ApiSession,
        a: unknown,
        c?: ApiCaller,
      ) => Promise<unknown>;
      const result = await handler(session, parsed.data, caller);
      return { ok: true, result } as ApiResponse<CommandName>;
    } catch (err) {
      if (!isAppError(err)) log(err);
      return failure(err);
    }
  };
}

function failure(err: unknown): ApiResponse<CommandName> {
  if (isAppError(err)) return { ok: false, error: { code: err.code, message: err.message } };
  return { ok: false, error: { code: 'INTERNAL', message: 'something went wrong' } };
}
