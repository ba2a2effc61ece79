import { AppError } from '../../core/errors';
import { errorSentence } from '../api/error-words';

/** How a command talks back: human lines, or one JSON document per result with --json. */
export interface Output {
  readonly json: boolean;
  result(human: string, data: unknown): void;
}

export function makeOutput(json: boolean, write: (line: string) => void): Output {
  return {
    json,
    result(human, data) {
      write(json ? JSON.stringify(data) : human);
    },
  };
}

/**
 * Errors leave the CLI as the sentence the app shows (main/api/error-words.ts), or with --json
 * as `{"error":{code,message,text}}` for scripts, and exit code 1; usage mistakes use exit
 * code 2 like most Unix tools.
 */
export function formatError(err: unknown, json: boolean): string {
  const e =
    err instanceof AppError
      ? { code: err.code, message: err.message }
      : { code: 'INTERNAL', message: err instanceof Error ? err.message : String(err) };
  const text = errorSentence(e.code, e.message);
  if (json) return JSON.stringify({ error: { ...e, text } });
  return NAMES_WHAT.has(e.code) ? `${text} (${e.message})` : text;
}

/** Codes whose message names what the user typed (a file's path): shown beside the sentence. */
const NAMES_WHAT: ReadonlySet<string> = new Set(['ATTACHMENT_SOURCE_UNREADABLE']);
