/** What every `meow` command gets (commands.ts, chat-commands.ts). */
import type { Output } from './output';

/** Everything a command gets: parsed options and the way to answer. */
export interface CommandContext {
  readonly profileDir: string;
  readonly positionals: readonly string[];
  readonly options: Readonly<Record<string, string | boolean | undefined>>;
  readonly out: Output;
  password(): Promise<string>;
}

export type Command = (ctx: CommandContext) => Promise<void>;
