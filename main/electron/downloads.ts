/**
 * *Save* on a photo or file (issue 16 "Save as…: Electron: the system dialog"). The window
 * decrypts nothing itself: for a file it asks for a one-time link (`attachments.link`), which
 * the app:// handler answers with the file streamed from the profile (protocol.ts); a photo it
 * shows is saved from its blob: URL (renderer Attachments.tsx `saveUrl`). Here every download
 * of the session is judged: one from the app's own page of either kind goes to the system's
 * Save dialog, with the contact's name for the file reduced to a
 * safe base name and the Downloads folder as the start; anything else — a page that is not
 * the app, a URL that is not a blob of it — is cancelled, since the app downloads nothing
 * from anywhere else (its CSP keeps the page off the network).
 */
import { join } from 'node:path';
import type { DownloadItem, Event, Session, WebContents } from 'electron';
import { FILE_LINK_PREFIX } from '../api/file-links';
import { safeFileName } from '../api/file-response';
import { APP_ORIGIN, isAppUrl } from './security';

export { safeFileName };

/**
 * True for a download the app's page made from its own data: a file link of the profile
 * (`app://meow/files/…`, streamed by the main process: api/file-links.ts) or a blob: URL of a
 * picture it shows (`blob:app://meow/…`).
 */
export function isAppDownload(url: string, pageUrl: string | undefined): boolean {
  const ours =
    url.startsWith(`blob:${APP_ORIGIN}/`) || url.startsWith(`${APP_ORIGIN}${FILE_LINK_PREFIX}`);
  return ours && isAppUrl(pageUrl);
}

type Downloads = Pick<Session, 'on'>;
type Item = Pick<DownloadItem, 'getURL' | 'getFilename' | 'setSaveDialogOptions' | 'cancel'>;

/** Installs the rule above on `session` (the default one: the app uses no other). */
export function installDownloadDialog(session: Downloads, downloadsDir: () => string): void {
  const handler = (event: Event, item: Item, contents: Pick<WebContents, 'getURL'>) => {
    if (!isAppDownload(item.getURL(), contents.getURL())) {
      event.preventDefault();
      item.cancel();
      return;
    }
    // No save path is set, so Electron asks with the system dialog, starting here.
    item.setSaveDialogOptions({
      title: 'Save file',
      defaultPath: join(downloadsDir(), safeFileName(item.getFilename())),
    });
  };
  session.on('will-download', handler as Parameters<Session['on']>[1]);
}
