import { describe, expect, it } from 'vitest';
import { AppError } from '../../core/errors';
import { formatError } from './output';

describe('CLI errors', () => {
  it('print the app’s sentence, naming the file when the error is about one the user gave', () => {
    const unreadable = new AppError('ATTACHMENT_SOURCE_UNREADABLE', 'cannot read ./gone.pdf');
    expect(formatError(unreadable, false)).toBe(
      'Meow could not read that file. Check that it still exists, then send it again. (cannot read ./gone.pdf)',
    );
    expect(JSON.parse(formatError(unreadable, true))).toEqual({
      error: {
        code: 'ATTACHMENT_SOURCE_UNREADABLE',
        message: 'cannot read ./gone.pdf',
        text: 'Meow could not read that file. Check that it still exists, then send it again.',
      },
    });
    // Other messages stay out of the human line (they may carry identifiers).
    expect(formatError(new AppError('PEER_NOT_FOUND', 'no peer 1234abcd'), false)).not.toContain(
      '1234abcd',
    );
  });
});
