/** The attachment commands (attachment-contract.ts) on a session. */
import { AppError } from '../../core/errors';
import { IncomingFile } from '../client/engine/attachments';
import type { ApiCaller } from './caller';
import type { CommandArgs, CommandName, CommandResults } from './contract';
import type { ApiSession } from './session';

type AttachmentCommand = Extract<CommandName, `attachments.${string}`>;
type Handlers = {
  [C in AttachmentCommand]: (
    s: ApiSession,
    args: CommandArgs<C>,
    caller?: ApiCaller,
  ) => Promise<CommandResults[C]>;
};

const GONE = (): AppError =>
  new AppError('ATTACHMENT_SOURCE_GONE', 'the window handing the file over went away');

/**
 * How long a file whose page went may wait for a piece from the page's next connection (the
 * browser host's socket can be dropped and reopened under a live page) before it fails.
 */
export const HAND_OVER_GRACE_MS = 3_000;

/**
 * The page that hands these files over is their only source: if it goes (a reload, a closed
 * tab, a crashed renderer) before the last piece, the message fails within the grace, saying
 * the file is gone — not after the engine's idle timeout, with a sentence about a missing file.
 */
function endWithPage(caller: ApiCaller, incoming: readonly IncomingFile[]): void {
  const off = caller.onGone(() => {
    const before = incoming.map((file) => file.received);
    const timer = setTimeout(() => {
      incoming.forEach((file, i) => {
        if (file.received === before[i]) file.fail(GONE());
      });
    }, HAND_OVER_GRACE_MS);
    timer.unref();
  });
  void Promise.all(incoming.map((f) => f.finished)).then(off);
}

const bytesOf = (base64: string): Uint8Array => new Uint8Array(Buffer.from(base64, 'base64'));

export const attachmentHandlers: Handlers = {
  'attachments.send': async (s, a, caller) => {
    const files = a.files.map((f) => ({
      incoming: new IncomingFile(f.size),
      name: f.name,
      mimeType: f.mimeType,
      ...(f.thumbnail === undefined ? {} : { thumbnail: bytesOf(f.thumbnail) }),
      ...(f.width === undefined ? {} : { width: f.width }),
      ...(f.height === undefined ? {} : { height: f.height }),
    }));
    const sent = await s.engine.attachments.send(a.peerUid, files, {
      ...(a.caption === undefined ? {} : { caption: a.caption }),
      ...(a.replyTo === undefined ? {} : { replyTo: a.replyTo }),
    });
    if (caller)
      endWithPage(
        caller,
        files.map((f) => f.incoming),
      );
    return { uuid: sent.uuid, localIds: [...sent.localIds] };
  },
  'attachments.write': async (s, a) => {
    await s.engine.attachments.write(a.localId, bytesOf(a.data));
    return null;
  },
  'attachments.download': (s, a) => {
    s.engine.attachments.download(a.localId);
    return Promise.resolve(null);
  },
  'attachments.cancel': (s, a) => {
    s.engine.attachments.cancel(a.localId);
    return Promise.resolve(null);
  },
  'attachments.link': (s, a) => {
    s.engine.attachments.requireReadable(a.localId);
    return Promise.resolve({ path: s.fileLinks.create(a.localId, a.name) });
  },
  'attachments.read': async (s, a) => {
    const { bytes, size } = await s.engine.attachments.read(a.localId, a.offset, a.length);
    return { data: Buffer.from(bytes).toString('base64'), size };
  },
};
