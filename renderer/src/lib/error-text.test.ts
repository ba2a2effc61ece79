import { describe, expect, it } from 'vitest';
import { MeowError } from '../transport/errors';
import { errorText, failureText } from './error-text';

describe('failureText', () => {
  it('says what a user can do about a relay refusing a message', () => {
    expect(failureText('NO_CAPABILITY')).toBe(
      'Not sent. This contact was added with an older version of Meow. Invite them again, then write to the new contact.',
    );
    expect(failureText('MESSAGE_TOO_LARGE')).toMatch(/^Not sent\. It is too large/);
    expect(failureText('CLOCK_SKEW')).toMatch(/clock is wrong/);
  });

  it('never shows a code, even for a reason it has no sentence for', () => {
    expect(failureText('SOMETHING_NEW')).not.toContain('SOMETHING_NEW');
    expect(failureText('SYNC_NOT_PRIMARY')).not.toContain('SYNC_NOT_PRIMARY');
    expect(failureText(null)).toMatch(/^Not sent\. Retry/);
  });
});

describe('errorText', () => {
  it('words an API error, a transport error and an unknown code', () => {
    expect(errorText(new MeowError('IDENTITY_BAD_PASSWORD', 'wrong password'))).toBe(
      'Wrong password. Type it again.',
    );
    expect(errorText(new MeowError('DISCONNECTED', 'socket closed'))).toMatch(
      /^Lost the connection/,
    );
    expect(errorText(new MeowError('BRAND_NEW_CODE', 'x'))).not.toContain('BRAND_NEW_CODE');
    // Electron flattens errors into the message: the code is still found and worded.
    const flattened = new Error("Error invoking remote method 'x': STORAGE_LOCKED: locked");
    expect(errorText(flattened)).toBe('Meow is locked. Unlock it and try again.');
  });
});
