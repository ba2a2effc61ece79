/**
 * A message's photos and files, above its caption, in `position` order.
 * - A photo shows its preview (carried in the message) at once, sized by its width and height,
 *   and the picture itself once the file is on this device (read through `attachments.read`,
 *   kept in state/attachment-urls.ts); a click opens it in the viewer.
 * - A file is a card: icon, name, size; Save once it is on this device.
 * Under either: the progress of a transfer under way with Cancel (TransferProgress.tsx),
 * Download for a file fetched on request (or one that failed), and the sentence of a state
 * that stays (expired, damaged, cancelled, …).
 */
import { useEffect, useState } from 'react';
import type { AttachmentView, MessageView } from '@meow/contract';
import {
  humanSize,
  inOrder,
  isMoving,
  isOnDevice,
  isPhoto,
  lastingSentence,
  photoBox,
  saveNameOf,
} from '../../lib/attachments';
import { errorText } from '../../lib/error-text';
import { acquire, cachedUrl, release } from '../../state/attachment-urls';
import { useHandOver } from '../../state/hand-over';
import { getApi } from '../../transport/api';
import { FileIcon, ImageIcon } from '../../ui/icons';
import { ActionButton } from './ActionButton';
import { ImageViewer } from './ImageViewer';
import { TransferProgress } from './TransferProgress';

/** Starts a download of `url` as `name` (a temporary link). */
export function saveUrl(url: string, name: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
}

/**
 * Saves a file without this page ever holding it: the host streams it from a one-time link
 * (`attachments.link`; relative, so it is the page's own origin in both hosts).
 */
async function saveFile(a: AttachmentView & { localId: string }, name: string): Promise<void> {
  const { path } = await getApi().commands['attachments.link']({ localId: a.localId, name });
  saveUrl(path.replace(/^\//, ''), name);
}

/**
 * The picture's object URL while the bubble is mounted: the cached one (a photo this page just
 * sent is there before the engine can read it back), else read once the file is on this device.
 */
function usePictureUrl(a: AttachmentView): { url: string | null; error: string | null } {
  const { localId, size, mimeType } = a;
  const readable = isOnDevice(a);
  const [url, setUrl] = useState<string | null>(() =>
    localId ? (cachedUrl(localId) ?? null) : null,
  );
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!localId || (!readable && !cachedUrl(localId))) return;
    let live = true;
    let held = false;
    acquire(localId, size, mimeType).then(
      (u) => {
        if (!live) {
          release(localId);
          return;
        }
        held = true;
        setUrl(u);
        setError(null);
      },
      (err: unknown) => {
        if (live) setError(errorText(err));
      },
    );
    return () => {
      live = false;
      if (held) release(localId);
    };
  }, [localId, readable, size, mimeType]);
  return { url, error };
}

interface ItemProps {
  readonly a: AttachmentView;
  readonly message: MessageView;
  readonly peerName: string;
}

function Photo({ a, message, peerName }: ItemProps) {
  const picture = usePictureUrl(a);
  const [viewing, setViewing] = useState(false);
  const box = photoBox(a);
  const style = { width: box.width, aspectRatio: `${box.width} / ${box.height}` };
  const label = message.outbound ? 'Your photo' : `Photo from ${peerName || 'your contact'}`;
  const shown = picture.url ?? a.thumbnail;
  const content = shown ? <img src={shown} alt={label} draggable={false} /> : <ImageIcon />;
  return (
    <>
      {picture.url ? (
        <button
          type="button"
          className="attachment-photo"
          style={style}
          data-testid="attachment-image"
          data-full="true"
          aria-label={`${label}: open`}
          onClick={() => {
            setViewing(true);
          }}
        >
          {content}
        </button>
      ) : (
        <div
          className="attachment-photo"
          style={style}
          data-testid="attachment-image"
          data-full="false"
        >
          {content}
        </div>
      )}
      {picture.error && <p className="error-text small">{picture.error}</p>}
      {viewing && picture.url && (
        <ImageViewer
          url={picture.url}
          label={label}
          onSave={() => {
            if (picture.url) saveUrl(picture.url, saveNameOf(a, message.createdAt));
          }}
          onClose={() => {
            setViewing(false);
          }}
        />
      )}
    </>
  );
}

function SaveButton({ a, name }: { a: AttachmentView & { localId: string }; name: string }) {
  return (
    <ActionButton
      label="Save"
      busyLabel="Saving…"
      testId="attachment-save"
      run={() => saveFile(a, name)}
    />
  );
}

function FileCard({ a, message }: ItemProps) {
  const name = a.name || saveNameOf(a, message.createdAt);
  return (
    <div className="attachment-file" data-testid="attachment-file">
      <FileIcon />
      <span className="file-info">
        <span className="file-name" title={name}>
          {name}
        </span>
        <span className="muted small">{humanSize(a.size)}</span>
      </span>
      {isOnDevice(a) && <SaveButton a={a} name={name} />}
      {canDownload(a, message.outbound) && <DownloadButton key={a.state} localId={a.localId} />}
    </div>
  );
}

function DownloadButton({ localId }: { localId: string }) {
  return (
    <ActionButton
      label="Download"
      busyLabel="Starting…"
      testId="attachment-download"
      run={() => getApi().commands['attachments.download']({ localId })}
      staysBusy
    />
  );
}

/** Fetched on request, or a received file that failed: the user may (re)start the download. */
function canDownload(
  a: AttachmentView,
  outbound: boolean,
): a is AttachmentView & { localId: string } {
  if (a.localId === null) return false;
  return a.state === 'on_request' || (a.state === 'failed' && !outbound);
}

/**
 * Progress, a photo's Download (a file card has its own), and what went wrong (a state that
 * stays, a hand-over that failed).
 */
function AttachmentStatus({ a, message, peerName, photo }: ItemProps & { photo: boolean }) {
  const handOverError = useHandOver((s) => (a.localId ? s.errors[a.localId] : undefined));
  // A sent message that failed for this file's reason says so once, beside its Retry.
  const saidByMessage =
    message.outbound && message.state === 'failed' && a.error === message.failureReason;
  const lasting = saidByMessage ? null : lastingSentence(a, message.outbound ? '' : peerName);
  return (
    <>
      {isMoving(a) && <TransferProgress a={a} />}
      {photo && canDownload(a, message.outbound) && (
        <div className="attachment-actions">
          <span className="muted small">{humanSize(a.size)}</span>
          <DownloadButton key={a.state} localId={a.localId} />
        </div>
      )}
      {lasting && (
        <p className="attachment-error small" data-testid="attachment-error">
          {lasting}
        </p>
      )}
      {handOverError && a.state === 'encrypting' && (
        <p className="attachment-error small" role="alert" data-testid="attachment-error">
          {handOverError}
        </p>
      )}
    </>
  );
}

function Attachment(props: ItemProps) {
  const { a } = props;
  const photo = isPhoto(a);
  return (
    <div
      className={`attachment ${photo ? 'is-photo' : 'is-file'}`}
      data-testid="attachment"
      data-state={a.state}
      data-position={a.position}
    >
      {photo ? <Photo {...props} /> : <FileCard {...props} />}
      <AttachmentStatus {...props} photo={photo} />
    </div>
  );
}

export function MessageAttachments({
  message,
  peerName,
}: {
  message: MessageView;
  peerName: string;
}) {
  return (
    <div className="attachments">
      {inOrder(message.attachments).map((a) => (
        <Attachment
          key={a.localId ?? `at-${a.position}`}
          a={a}
          message={message}
          peerName={peerName}
        />
      ))}
    </div>
  );
}
