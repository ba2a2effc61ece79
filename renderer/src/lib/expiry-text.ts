/** Words for disappearing-message timers (PeerView.expiry, the timer notice). */

/** The timers a user can choose (seconds), in the picker's order; 0 = off. */
export const EXPIRY_CHOICES = [0, 300, 3_600, 86_400, 604_800] as const;
export type ExpirySeconds = (typeof EXPIRY_CHOICES)[number];

const LABELS: Record<number, string> = {
  0: 'Off',
  300: '5 minutes',
  3_600: '1 hour',
  86_400: '1 day',
  604_800: '1 week',
};

/** "5 minutes", "1 hour"…; "Off" for 0. */
export function expiryLabel(seconds: number): string {
  return LABELS[seconds] ?? `${String(Math.round(seconds / 60))} minutes`;
}

/** How long until `expiresAt` (ms), in words short enough for a message's corner. */
export function timeLeft(expiresAt: number, now: number): string {
  const ms = Math.max(expiresAt - now, 0);
  const minutes = Math.ceil(ms / 60_000);
  if (minutes < 60) return `${String(minutes)} min`;
  const hours = Math.ceil(minutes / 60);
  if (hours < 48) return `${String(hours)} h`;
  return `${String(Math.ceil(hours / 24))} days`;
}
