/** "5 minutes ago", "yesterday": how long ago something happened, for lists that show it. */

const UNITS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 86_400_000],
  ['month', 30 * 86_400_000],
  ['week', 7 * 86_400_000],
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

// English like every other text of the UI; 'auto' gives "yesterday" rather than "1 day ago".
const format = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

/** `at` relative to `now` (both ms); under a minute (or a clock a little ahead) is "just now". */
export function relativeTime(at: number, now: number): string {
  const ago = now - at;
  for (const [unit, ms] of UNITS) {
    if (ago >= ms) return format.format(-Math.floor(ago / ms), unit);
  }
  return 'just now';
}
