/**
 * The desktop around the window (DESIGN.md §6): system notifications for received messages
 * (closed once their conversation is read, on this device or another), the unread badge (dock
 * / launcher) and the tray icon with its unread count and Show/Quit menu. What to show is
 * decided in unread.ts, from the contacts unread-watcher.ts keeps current; this file only
 * talks to Electron.
 *
 * The main process knows whether the window is focused but not which conversation is open,
 * so a focused window gets no notifications at all (see shouldNotify).
 */
import { Menu, Notification, Tray, app, nativeImage, type BrowserWindow } from 'electron';
import type { ApiEvents, PeerView } from '../api/contract';
import type { EventEmitter } from '../api/events';
import { iconPng } from './icon';
import { notificationContent, readConversations, shouldNotify, type PeerSummary } from './unread';
import { watchUnread } from './unread-watcher';

export interface DesktopOptions {
  readonly events: EventEmitter<ApiEvents>;
  /** peers.list through the dispatcher (at unlock, and after commands); null while locked. */
  readonly listPeers: () => Promise<readonly PeerSummary[] | null>;
  /** Whether the user opted in to message text in notifications (profile.get); false if unsure. */
  readonly showText: () => Promise<boolean>;
  readonly getWindow: () => BrowserWindow | null;
  readonly showWindow: () => void;
  readonly quit: () => void;
}

export interface Desktop {
  /** The unread total may have changed without an event (e.g. a contact was deleted). */
  refresh(): void;
  /** A contact's row from a command's answer (e.g. messages.markRead). */
  putRow(view: PeerView): void;
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
  // Per conversation, kept referenced until closed: a collected Notification loses its click
  // handler. A conversation read here or on another device closes its notifications.
  const live = new Map<string, Set<Notification>>();
  const closeRead = (peers: readonly PeerSummary[]): void => {
    for (const peerUid of readConversations(peers, live.keys())) {
      for (const note of live.get(peerUid) ?? []) note.close();
      live.delete(peerUid);
    }
  };
  const unread = watchUnread(options.events, options.listPeers, showTotal, undefined, closeRead);

  // Per contact: how many arrived in this burst, and the last one's text (kept only until the
  // notification is made, and only read when the user opted in to text).
  const pending = new Map<string, { count: number; text: string }>();
  let timer: ReturnType<typeof setTimeout> | undefined;

  const flush = async (): Promise<void> => {
    timer = undefined;
    const received = [...pending];
    pending.clear();
    const window = options.getWindow();
    const focused = window !== null && !window.isDestroyed() && window.isFocused();
    const peers = await unread.latest(); // the received messages' rows are in already
    const withText = await options.showText().catch(() => false);
    for (const [peerUid, { count, text }] of received) {
      const peer = peers.find((p) => p.uid === peerUid);
      if (!peer || !shouldNotify(focused, peer)) continue;
      const { title, body } = notificationContent(peer, count, withText ? text : undefined);
      const note = new Notification({ title, body, silent: false });
      const notes = live.get(peerUid) ?? new Set<Notification>();
      live.set(peerUid, notes.add(note));
      note.on('click', options.showWindow);
      note.on('close', () => notes.delete(note));
      note.show();
    }
  };
  const offReceived = options.events.on('message.received', ({ peerUid, text }) => {
    if (!Notification.isSupported()) return;
    pending.set(peerUid, { count: (pending.get(peerUid)?.count ?? 0) + 1, text });
    timer ??= setTimeout(() => void flush(), NOTIFY_DELAY_MS);
  });

  return {
    refresh() {
      unread.refresh();
    },
    putRow(view) {
      unread.put(view);
    },
    stop() {
      offReceived();
      unread.stop();
      if (timer !== undefined) clearTimeout(timer);
      for (const notes of live.values()) for (const note of notes) note.close();
      app.setBadgeCount(0);
      tray.destroy();
    },
  };
}
