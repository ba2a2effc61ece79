/** Questions on the terminal, for commands that need a person's answer (pairing codes). */
import { createInterface } from 'node:readline/promises';

/**
 * Asks on stderr (stdout stays the command's output) and reads one line. Resolves true for
 * y/yes, false for anything else, undefined when the terminal closed or Ctrl-C was pressed:
 * no answer is not a "no".
 */
async function askYesNo(question: string): Promise<boolean | undefined> {
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  rl.on('SIGINT', () => {
    rl.close();
  });
  try {
    return /^y(es)?$/i.test((await rl.question(question)).trim());
  } catch {
    return undefined;
  } finally {
    rl.close();
  }
}

/** The prompt, when someone can answer it: a terminal, not --json, not --password-stdin. */
export function terminalPrompt(
  json: boolean,
  passwordStdin: boolean,
): ((question: string) => Promise<boolean | undefined>) | undefined {
  return process.stdin.isTTY && !json && !passwordStdin ? askYesNo : undefined;
}
