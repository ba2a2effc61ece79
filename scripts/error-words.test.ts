/**
 * Words, not codes (issue 17): every error code the API can return — the engine's
 * (core/errors ErrorCodes), the relay's per request and per message (server/errors.ts), the
 * UI's own — has a sentence that says what to do, and no sentence shows a raw code. Lives in
 * scripts/ because it reads both the app's and the relay's lists (main/ may not import server/).
 */
import { describe, expect, it } from 'vitest';
import { ErrorCodes } from '../core/errors';
import { ITEM_ERRORS, REQUEST_ERRORS } from '../server/errors';
import {
  ERROR_SENTENCES,
  errorSentence,
  failureSentence,
  RELAY_ITEM_CODES,
  RELAY_REQUEST_CODES,
  RELAY_SENTENCES,
  sentenceFor,
  UI_ERROR_CODES,
  UI_SENTENCES,
} from '../main/api/error-words';

const ALL_CODES = [
  ...ErrorCodes,
  ...Object.keys(REQUEST_ERRORS),
  ...ITEM_ERRORS,
  ...UI_ERROR_CODES,
  // A failed message's reason when none was recorded (main/storage/message-state.ts).
  'unknown',
];
/** What a code looks like on screen: WORDS_IN_CAPITALS joined by underscores. */
const CODE_LIKE = /\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b/;

/** Fails on a sentence that names a code or does not read as a sentence (capital … stop). */
function expectWords(sentence: string): void {
  expect(sentence).not.toMatch(CODE_LIKE);
  for (const code of ALL_CODES) {
    if (code !== 'unknown') expect(sentence, code).not.toContain(code);
  }
  expect(sentence).toMatch(/^[A-Z].*[.…]$/);
}

describe('error sentences', () => {
  it("list the relay's codes exactly as server/errors.ts does", () => {
    expect([...RELAY_REQUEST_CODES].sort()).toEqual(Object.keys(REQUEST_ERRORS).sort());
    expect([...RELAY_ITEM_CODES].sort()).toEqual([...ITEM_ERRORS].sort());
  });

  it('have a sentence for every code, and none shows a code', () => {
    const missing = ALL_CODES.filter((c) => c !== 'unknown' && sentenceFor(c) === undefined);
    expect(missing).toEqual([]);
    const tables = [ERROR_SENTENCES, RELAY_SENTENCES, UI_SENTENCES];
    for (const sentence of tables.flatMap((t) => Object.values(t))) expectWords(sentence);
  });

  it('say what to do for every command error and every failed message', () => {
    for (const code of ALL_CODES) {
      expectWords(errorSentence(code, ''));
      expectWords(errorSentence(code, `relay: ${code} (details)`));
      const failed = failureSentence(code);
      expect(failed).toMatch(/^Not sent\. /);
      expectWords(failed);
    }
    expectWords(failureSentence(null));
    expectWords(errorSentence('SOMETHING_NEW', 'something new'));
    expectWords(failureSentence('SOMETHING_NEW'));
  });

  it("reads the relay's code inside RELAY_REJECTED", () => {
    const denied = errorSentence('RELAY_REJECTED', 'relay: INVITATION_DENIED (no such code)');
    expect(denied).toBe(RELAY_SENTENCES.INVITATION_DENIED);
    const clock = "relay refused the request: this computer's clock is off by 9 minutes";
    expect(errorSentence('RELAY_REJECTED', clock)).toBe(RELAY_SENTENCES.CLOCK_SKEW);
    expect(errorSentence('RELAY_REJECTED', 'relay: HTTP 418')).toBe(ERROR_SENTENCES.RELAY_REJECTED);
  });

  it("uses the engine's own words where they name what to use instead", () => {
    expect(errorSentence('INVALID_ARGUMENT', 'add a relay first')).toBe('Add a relay first.');
    expect(errorSentence('INVALID_ARGUMENT')).toBe(ERROR_SENTENCES.INVALID_ARGUMENT);
    const https = 'relay.example is a public address: use https://relay.example/';
    expect(errorSentence('RELAY_HTTPS_REQUIRED', https)).toBe(
      'Relay.example is a public address: use https://relay.example/.',
    );
  });

  it('explains the paired-device failure without its code (issue 17)', () => {
    expect(failureSentence('SYNC_NOT_PRIMARY')).toBe(
      'Not sent. Your device that talks to this contact was removed or cannot be reached. ' +
        'Retry; if it fails again, choose "Make this device primary" in the conversation.',
    );
  });
});
