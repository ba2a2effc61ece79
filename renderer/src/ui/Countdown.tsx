/** "expires in 12:34", ticking each second; calls onExpired once when it reaches zero. */
import { useEffect, useState } from 'react';

export function formatRemaining(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mm = String(m).padStart(h > 0 ? 2 : 1, '0');
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}

export function Countdown({
  until,
  onExpired,
  testId = 'invitation',
}: {
  until: number;
  onExpired?: () => void;
  /** `${testId}-expiry` while it runs, `${testId}-expired` after. */
  testId?: string;
}) {
  const [now, setNow] = useState(() => Date.now());
  const left = until - now;

  useEffect(() => {
    if (left <= 0) {
      onExpired?.();
      return;
    }
    const t = setTimeout(() => {
      setNow(Date.now());
    }, 1000);
    return () => {
      clearTimeout(t);
    };
  }, [left, onExpired]);

  if (left <= 0) {
    return (
      <span className="error-text" data-testid={`${testId}-expired`}>
        Expired
      </span>
    );
  }
  return (
    <span data-testid={`${testId}-expiry`} aria-live="off">
      Expires in {formatRemaining(left)}
    </span>
  );
}
