/**
 * *Save* on a photo or file (issue 16 "Save as…: Electron: the system dialog"). The window
 * decrypts nothing itself: it reads the file through the API (`attachments.read`), makes a
 * blob: URL and starts a download with the file's name (renderer Attachments.tsx `saveUrl`).
 * Here every download of the session is judged: one from the app's own page of a blob: URL it
 * made goes to the system's Save dialog, with the contact's name for the file reduced to a
 * safe base name and the Downloads folder as the start; anything else — a page that is not
 * the app, a URL that is not a blob of it — is cancelled, since the app downloads nothing
 * from anywhere else (its CSP keeps the page off the network).
 */
import { basename, join } from 'node:path';
import type { DownloadItem, Event, Session, WebContents } from 'electron';
import { APP_ORIGIN, isAppUrl } from './security';

/** The name a saved file starts with in the dialog: no folder, no control characters. */
export function safeFileName(name: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what is removed
  const cleaned = basename(name.replaceAll('\\', '/')).replace(/[\u0000-\u001f\u007f]/g, '');
  const trimmed = cleaned.trim().replace(/^\.+/, '');
  return trimmed === '' ? 'file' : trimmed.slice(0, 200);
}

/** True for a download the app's page made from its own data (`blob:app://meow/…`). */
export function isAppDownload(url: string, pageUrl: string | undefined): boolean {
  return url.startsWith(`blob:${APP_ORIGIN}/`) && isAppUrl(pageUrl);
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
