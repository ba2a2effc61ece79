/** An outbound message's state as an icon with a spoken and hovered explanation. */
import type { MessageStateView } from '@meow/contract';
import { StatusIcon } from '../../ui/icons';

export function statusText(state: MessageStateView, deviceName: string): string {
  switch (state) {
    case 'pending':
      return 'Waiting to be sent';
    case 'pending_forward':
      return `Waiting for your other device ${deviceName} to send it`;
    case 'sent':
      return 'Sent';
    case 'delivered':
      return 'Delivered';
    case 'read':
      return 'Read';
    case 'failed':
      return 'Not sent';
    case 'received':
      return 'Received';
  }
}

export function StatusBadge({
  state,
  deviceName,
}: {
  state: MessageStateView;
  deviceName: string;
}) {
  const text = statusText(state, deviceName);
  return (
    <span
      className={`status status-${state}`}
      role="img"
      aria-label={text}
      title={text}
      data-testid="message-status"
      data-state={state}
    >
      <StatusIcon state={state} />
    </span>
  );
}
