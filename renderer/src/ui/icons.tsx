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

/** Attach files (the composer's paperclip). */
export function PaperclipIcon() {
  return (
    <svg {...common} width={18} height={18}>
      <path d="M13.5 7.5 8 13a3.2 3.2 0 0 1-4.5-4.5l6-6a2.1 2.1 0 0 1 3 3l-6 6a1 1 0 0 1-1.5-1.5L10.5 4.5" />
    </svg>
  );
}

/** A document (a file card). */
export function FileIcon() {
  return (
    <svg {...common} width={28} height={28}>
      <path d="M4 1.5h5.5L13 5v9.5H4z" />
      <path d="M9.5 1.5V5H13" />
    </svg>
  );
}

/** A picture not shown yet (no preview). */
export function ImageIcon() {
  return (
    <svg {...common} width={28} height={28}>
      <rect x="1.5" y="2.5" width="13" height="11" rx="1.5" />
      <circle cx="5.5" cy="6" r="1.2" />
      <path d="m2 12 4-4 3 3 2-2 3.5 3.5" />
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
