/**
 * A transfer under way in a bubble: its progress bar, the words ("Sending… 40%") and Cancel
 * (`attachments.cancel`). What cancelling leads to comes back as the attachment's new state
 * (attachment.updated): a download waits for Download again, keeping what it fetched; an
 * upload fails its message ("You cancelled sending this file."), which Retry sends again.
 *
 * Which it is goes by the state, not by the message's side: a message sent from another of
 * the user's devices is outbound but downloaded here (`queued`).
 */
import type { AttachmentView } from '@meow/contract';
import { percentOf, progressLabel } from '../../lib/attachments';
import { getApi } from '../../transport/api';
import { ActionButton } from './ActionButton';

function CancelButton({ localId, upload }: { localId: string; upload: boolean }) {
  return (
    <ActionButton
      label="Cancel"
      busyLabel="Cancelling…"
      ariaLabel={upload ? 'Cancel upload' : 'Cancel download'}
      testId="attachment-cancel"
      run={() => getApi().commands['attachments.cancel']({ localId })}
      staysBusy
    />
  );
}

export function TransferProgress({ a }: { a: AttachmentView }) {
  const label = progressLabel(a);
  const value = percentOf(a);
  return (
    <div className="attachment-progress">
      <div
        className="progress-bar"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={value}
        data-testid="attachment-progress"
      >
        <span style={{ width: `${value}%` }} />
      </div>
      <div className="attachment-actions">
        <span className="muted small">{label}</span>
        {a.localId !== null && (
          <CancelButton key={a.state} localId={a.localId} upload={a.state !== 'queued'} />
        )}
      </div>
    </div>
  );
}
