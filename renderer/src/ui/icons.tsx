/** Small inline icons (decorative: the element around them carries the label). */
import type { MessageStateView } from '@meow/contract';

const common = {
  width: 16,
  height: 16,
  viewBox: '0 0 16 16',
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 1.6,
  strokeLinecap: 'round' as const,
  strokeLinejoin: 'round' as const,
  'aria-hidden': true,
  focusable: false,
};

export function ClockIcon() {
  return (
    <svg {...common}>
      <circle cx="8" cy="8" r="6" />
      <path d="M8 4.5V8l2.5 1.5" />
    </svg>
  );
}

/** Two devices with an arrow: handed to another device of yours. */
export function ForwardIcon() {
  return (
    <svg {...common}>
      <rect x="1.5" y="4" width="5" height="8" rx="1" />
      <rect x="9.5" y="4" width="5" height="8" rx="1" />
      <path d="M5 8h6M9.5 6.5 11 8l-1.5 1.5" />
    </svg>
  );
}

export function CheckIcon() {
  return (
    <svg {...common}>
      <path d="M3 8.5 6.5 12 13 4.5" />
    </svg>
  );
}

export function DoubleCheckIcon() {
  return (
    <svg {...common} width={20} viewBox="0 0 20 16">
      <path d="M1.5 8.5 5 12l6.5-7.5M8.5 11 9.5 12l6.5-7.5" />
    </svg>
  );
}

export function AlertIcon() {
  return (
    <svg {...common}>
      <path d="M8 1.8 15 14H1z" />
      <path d="M8 6v3.5M8 11.8v.1" />
    </svg>
  );
}

export function StatusIcon({ state }: { state: MessageStateView }) {
  switch (state) {
    case 'pending':
      return <ClockIcon />;
    case 'pending_forward':
      return <ForwardIcon />;
    case 'sent':
      return <CheckIcon />;
    case 'delivered':
    case 'read':
      return <DoubleCheckIcon />;
    case 'failed':
      return <AlertIcon />;
    case 'received':
      return null;
  }
}
