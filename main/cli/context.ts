/** What every `meow` command gets (commands.ts, chat-commands.ts, device-commands.ts). */
import type { Output } from './output';

/** Everything a command gets: parsed options and the way to answer. */
export interface CommandContext {
  readonly profileDir: string;
  readonly positionals: readonly string[];
  readonly options: Readonly<Record<string, string | boolean | undefined>>;
  readonly out: Output;
  password(): Promise<string>;
  /**
   * A yes/no question to the person at the terminal; absent when no one can answer (no
   * terminal, --json). Resolves undefined when they gave no answer (Ctrl-C).
   */
  readonly ask?: (question: string) => Promise<boolean | undefined>;
}

export type Command = (ctx: CommandContext) => Promise<void>;
