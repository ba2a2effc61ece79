/**
 * The desktop around the window (DESIGN.md §6): system notifications for received messages,
 * the unread badge (dock / launcher) and the tray icon with its unread count and Show/Quit
 * menu. What to show is decided in unread.ts; this file only talks to Electron.
 *
 * The main process knows whether the window is focused but not which conversation is open,
 * so a focused window gets no notifications at all (see shouldNotify).
 */
import { Menu, Notification, Tray, app, nativeImage, type BrowserWindow } from 'electron';
import type { ApiEvents } from '../api/contract';
import type { EventEmitter } from '../api/events';
import { iconPng } from './icon';
import { notificationContent, shouldNotify, watchUnread, type PeerSummary } from './unread';

export interface DesktopOptions {
  readonly events: EventEmitter<ApiEvents>;
  /** peers.list through the dispatcher; null while locked. */
  readonly listPeers: () => Promise<readonly PeerSummary[] | null>;
  readonly getWindow: () => BrowserWindow | null;
  readonly showWindow: () => void;
  readonly quit: () => void;
}

export interface Desktop {
  /** The unread total may have changed without an event (e.g. messages were marked read). */
  refresh(): void;
  stop(): void;
}

/** A burst of received messages becomes one notification per contact, after this pause. */
const NOTIFY_DELAY_MS = 400;

function trayImage(): Electron.NativeImage {
  // macOS wants a monochrome "template" image that it tints for light and dark menu bars.
  const mac = process.platform === 'darwin';
  const image = nativeImage.createFromBuffer(iconPng(mac ? 22 : 32, mac));
  if (mac) image.setTemplateImage(true);
  return image;
}

export function setupDesktop(options: DesktopOptions): Desktop {
  const tray = new Tray(trayImage());
  tray.setContextMenu(
    Menu.buildFromTemplate([
      { label: 'Show Meow', click: options.showWindow },
      { type: 'separator' },
      { label: 'Quit', click: options.quit },
    ]),
  );
  tray.on('click', options.showWindow);

  const showTotal = (total: number): void => {
    app.setBadgeCount(total);
    tray.setToolTip(total > 0 ? `Meow — ${total} unread` : 'Meow');
    // Text beside the icon in the macOS menu bar; ignored elsewhere.
    if (process.platform === 'darwin') tray.setTitle(total > 0 ? String(total) : '');
  };
  showTotal(0);
  const unread = watchUnread(options.events, options.listPeers, showTotal);

  // Kept referenced until closed: a collected Notification loses its click handler.
  const live = new Set<Notification>();
  const pending = new Map<string, number>();
  let timer: ReturnType<typeof setTimeout> | undefined;

  const flush = async (): Promise<void> => {
    timer = undefined;
    const received = [...pending];
    pending.clear();
    const window = options.getWindow();
    const focused = window !== null && !window.isDestroyed() && window.isFocused();
    const peers = (await options.listPeers().catch(() => null)) ?? [];
    for (const [peerUid, count] of received) {
      const peer = peers.find((p) => p.uid === peerUid);
      if (!peer || !shouldNotify(focused, peer)) continue;
      const { title, body } = notificationContent(peer, count);
      const note = new Notification({ title, body, silent: false });
      live.add(note);
      note.on('click', options.showWindow);
      note.on('close', () => live.delete(note));
      note.show();
    }
  };
  const offReceived = options.events.on('message.received', ({ peerUid }) => {
    if (!Notification.isSupported()) return;
    pending.set(peerUid, (pending.get(peerUid) ?? 0) + 1);
    timer ??= setTimeout(() => void flush(), NOTIFY_DELAY_MS);
  });

  return {
    refresh() {
      unread.refresh();
    },
    stop() {
      offReceived();
      unread.stop();
      if (timer !== undefined) clearTimeout(timer);
      for (const note of live) note.close();
      app.setBadgeCount(0);
      tray.destroy();
    },
  };
}
