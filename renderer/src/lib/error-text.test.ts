import { describe, expect, it } from 'vitest';
import { failureText } from './error-text';

describe('failureText', () => {
  it('says what a user can do about a relay refusing a message', () => {
    expect(failureText('NO_CAPABILITY')).toBe(
      'Not sent: this contact was added with an older version of Meow. Invite them again',
    );
    expect(failureText('MESSAGE_TOO_LARGE')).toBe('Not sent: too large for the server');
    expect(failureText('CLOCK_SKEW')).toMatch(/clock is wrong/);
  });

  it('falls back to the code for reasons it has no sentence for', () => {
    expect(failureText('SOMETHING_NEW')).toBe('Not sent (SOMETHING_NEW)');
    expect(failureText(null)).toBe('Not sent');
  });
});
