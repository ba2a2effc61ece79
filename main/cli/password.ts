import { AppError } from '../../core/errors';

/**
 * The profile password comes from MEOW_PASSWORD, or the first line of standard input with
 * --password-stdin. Never from a flag: flags end up in shell history and `ps` output.
 */
export async function readPassword(env: NodeJS.ProcessEnv, fromStdin: boolean): Promise<string> {
  if (fromStdin) return firstLine(process.stdin);
  const password = env.MEOW_PASSWORD;
  if (password === undefined || password === '') {
    throw new AppError('INVALID_ARGUMENT', 'set MEOW_PASSWORD or pass --password-stdin');
  }
  return password;
}

async function firstLine(stream: NodeJS.ReadableStream): Promise<string> {
  let text = '';
  for await (const chunk of stream) {
    text += String(chunk);
    const newline = text.indexOf('\n');
    if (newline >= 0) return text.slice(0, newline).replace(/\r$/, '');
  }
  return text;
}
