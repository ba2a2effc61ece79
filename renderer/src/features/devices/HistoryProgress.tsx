/** Progress of a history transfer requested from a device (from 'sync.progress' events). */
import { useDevices } from '../../state/devices';

export function HistoryProgress({ deviceUid }: { deviceUid: string }) {
  const requestId = useDevices((s) => s.requests[deviceUid]);
  const progress = useDevices((s) => (requestId ? s.progress[requestId] : undefined));
  if (!requestId) return null;
  if (!progress) {
    return (
      <p className="small muted" role="status" data-testid="history-progress">
        History requested…
      </p>
    );
  }
  const label = progress.done
    ? `History received: ${progress.messages.toLocaleString()} messages`
    : `Receiving history: ${progress.chunks} of ${progress.total || '?'} parts, ${progress.messages.toLocaleString()} messages`;
  return (
    <div className="history-progress" data-testid="history-progress" data-done={progress.done}>
      <progress
        value={progress.done ? 1 : progress.chunks}
        max={progress.done ? 1 : Math.max(1, progress.total)}
        aria-label="History transfer"
      />
      <span className="small" role="status">
        {label}
      </span>
    </div>
  );
}
