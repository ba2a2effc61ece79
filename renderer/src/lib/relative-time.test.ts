import { describe, expect, it } from 'vitest';
import { relativeTime } from './relative-time';

const now = Date.UTC(2025, 5, 15, 12, 0, 0);
const MIN = 60_000;
const DAY = 86_400_000;

describe('relativeTime', () => {
  it('says how long ago, in the largest whole unit', () => {
    expect(relativeTime(now - 30_000, now)).toBe('just now');
    expect(relativeTime(now + 5_000, now)).toBe('just now'); // a clock a little ahead
    expect(relativeTime(now - MIN, now)).toBe('1 minute ago');
    expect(relativeTime(now - 59 * MIN, now)).toBe('59 minutes ago');
    expect(relativeTime(now - 3 * 60 * MIN, now)).toBe('3 hours ago');
    expect(relativeTime(now - DAY, now)).toBe('yesterday');
    expect(relativeTime(now - 3 * DAY, now)).toBe('3 days ago');
    expect(relativeTime(now - 14 * DAY, now)).toBe('2 weeks ago');
    expect(relativeTime(now - 400 * DAY, now)).toBe('last year');
  });
});
