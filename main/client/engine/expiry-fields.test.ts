import { describe, expect, it } from 'vitest';
import type { ExpiryTimer } from '../model';
import {
  announcedTimer,
  newerTimer,
  resendOf,
  rowExpiryOf,
  stampTimer,
  timerBeats,
} from './expiry-fields';

const t = (seconds: number, version: number): ExpiryTimer => ({ seconds, version, by: 'me' });

describe('which disappearing-message setting wins', () => {
  it('takes the higher version, and on a tie the shorter timer (off counts longest)', () => {
    expect(timerBeats(t(0, 3), t(300, 2))).toBe(true);
    expect(timerBeats(t(300, 2), t(3_600, 2))).toBe(true);
    expect(timerBeats(t(3_600, 2), t(300, 2))).toBe(false);
    expect(timerBeats(t(604_800, 2), t(0, 2))).toBe(true);
    expect(timerBeats(t(300, 2), t(300, 2))).toBe(false);
    // Both orders of arrival end in the same place.
    expect(newerTimer(t(300, 2), t(3_600, 2))).toEqual(newerTimer(t(3_600, 2), t(300, 2)));
  });

  it('ignores version 0 and timers outside the set', () => {
    expect(announcedTimer({ expireTimer: 300, expireTimerVersion: 0 })).toBeUndefined();
    expect(announcedTimer({ expireTimer: 7, expireTimerVersion: 4 })).toBeUndefined();
    expect(announcedTimer({ expireTimer: 300, expireTimerVersion: 4 })).toEqual({
      seconds: 300,
      version: 4,
      by: 'contact',
    });
  });
});

describe('expiry fields of messages and rows', () => {
  it('stamps a text with the setting, and its row with the start', () => {
    const peer = { expiry: t(3_600, 5) };
    const { message, row } = stampTimer(peer, { type: 'text' }, { type: 'text' }, 42);
    expect(message).toMatchObject({ expireTimer: 3_600, expireTimerVersion: 5 });
    expect(row).toMatchObject({ expireTimer: 3_600, expireStart: 42 });
    expect(stampTimer({}, { type: 'text' }, { type: 'text' }, 42).row.expireTimer).toBeUndefined();
  });

  it('clamps a start in the future and caps a timer at a week', () => {
    const big = { type: 'text', expireTimer: 10_000_000 };
    expect(rowExpiryOf(big, 9_000, 5_000)).toEqual({ expireTimer: 604_800, expireStart: 5_000 });
    const change = { type: 'expiry_timer', expireTimer: 300, expireTimerVersion: 2 };
    expect(rowExpiryOf(change, 1, 1)).toEqual({ timerChange: { seconds: 300, version: 2 } });
  });

  it('sends a text again with its own timer but version 0', () => {
    const row = { type: 'text', text: 'hi', status: { uuid: 'u' }, expireTimer: 300 };
    expect(resendOf(row)).toMatchObject({ expireTimer: 300, expireTimerVersion: 0 });
    const change = {
      type: 'expiry_timer',
      status: { uuid: 'c' },
      timerChange: { seconds: 0, version: 3 },
    };
    expect(resendOf(change)).toMatchObject({ expireTimer: 0, expireTimerVersion: 3 });
  });
});
