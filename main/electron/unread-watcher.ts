/**
 * The contacts' unread counts for the badge, the tray and notifications (notifications.ts),
 * kept current the way the renderer keeps its list: listed once (`peers.list`), then patched
 * from the row of `peers.list` that every event about a message or a contact carries
 * (api/view-events.ts). Listing every contact again for each incoming message cost the main
 * process a whole listing (every contact's last message read and opened) per message. A
 * listing is redone only when nothing says what changed: unlock or lock, and after a command
 * that may have changed unread counts without an event or a row in its answer (unread.ts
 * `mayChangeUnread`, `contactRowOf`).
 * Recounts are coalesced: a burst of fifty received messages reports once.
 */
import type { ApiEvents, PeerView } from '../api/contract';
import type { EventEmitter } from '../api/events';
import { totalUnread, type PeerSummary } from './unread';

/** Events that carry the conversation's row: applied when there is one, ignored when null. */
const MESSAGE_EVENTS = [
  'message.received',
  'message.stored',
  'message.statusChanged',
  'message.updated',
] as const;
/** Events that carry the contact's row: null means it is not listed (any more). */
const CONTACT_EVENTS = [
  'message.expired',
  'peer.added',
  'peer.updated',
  'conversation.cleared',
  'invitation.finalized',
] as const;

export interface UnreadWatcher {
  /** Lists the contacts again soon (coalesced): after a command that may have changed them. */
  refresh(): void;
  /** A contact's row as peers.list lists it now, from a command's answer (unread.ts). */
  put(view: PeerView): void;
  /** The contacts as known now, once a listing on its way has answered (for notifications). */
  latest(): Promise<readonly PeerSummary[]>;
  stop(): void;
}

type Row = PeerSummary | null;

const summary = (view: PeerView): PeerSummary => ({
  uid: view.uid,
  name: view.name,
  unread: view.unread,
  blocked: view.blocked,
  messageNotification: view.messageNotification,
});

/**
 * Watches `events` and calls `onTotal` with the unread total whenever it changed, and
 * `onPeers` (if given) with the contacts after every recount. `listPeers` returns null while
 * the profile is locked (total 0: a locked app shows nothing).
 */
export function watchUnread(
  events: EventEmitter<ApiEvents>,
  listPeers: () => Promise<readonly PeerSummary[] | null>,
  onTotal: (total: number) => void,
  delayMs = 150,
  onPeers?: (peers: readonly PeerSummary[]) => void,
): UnreadWatcher {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  let lastTotal = -1;
  /** The contacts by uid, once listed; kept exact by the rows events carry. */
  let known = new Map<string, PeerSummary>();
  let listWanted = true;
  /** The listing on its way, and the rows events brought meanwhile (its answer may be older). */
  let listing: Promise<void> | undefined;
  let during: [string, Row][] = [];

  const schedule = (): void => {
    if (!stopped && timer === undefined) timer = setTimeout(recount, delayMs);
  };
  const listAgain = (): void => {
    listWanted = true;
    schedule();
  };
  const put = (uid: string, row: Row): void => {
    if (listing) during.push([uid, row]);
    if (row) known.set(uid, row);
    else known.delete(uid);
    schedule();
  };

  const list = async (): Promise<void> => {
    listWanted = false;
    during = [];
    const listed = (await listPeers().catch(() => null)) ?? [];
    const next = new Map(listed.map((p) => [p.uid, p]));
    for (const [uid, row] of during) {
      if (row) next.set(uid, row);
      else next.delete(uid);
    }
    known = next;
  };

  function recount(): void {
    timer = undefined;
    if (stopped || listing) return; // a listing's end recounts
    if (listWanted) {
      listing = list().finally(() => {
        listing = undefined;
        recount();
      });
      return;
    }
    const peers = [...known.values()];
    onPeers?.(peers);
    const total = totalUnread(peers);
    if (total === lastTotal) return;
    lastTotal = total;
    onTotal(total);
  }

  const offs = [
    events.on('app.stateChanged', listAgain),
    events.on('peer.removed', ({ peerUid }) => {
      put(peerUid, null);
    }),
    ...MESSAGE_EVENTS.map((name) =>
      events.on(name, ({ peerUid, peer }) => {
        if (peer) put(peerUid, summary(peer));
      }),
    ),
    ...CONTACT_EVENTS.map((name) =>
      events.on(name, ({ peerUid, peer }: ApiEvents[(typeof CONTACT_EVENTS)[number]]) => {
        put(peerUid, peer ? summary(peer) : null);
      }),
    ),
  ];
  schedule();

  return {
    refresh: listAgain,
    put(view) {
      put(view.uid, summary(view));
    },
    async latest() {
      await listing;
      return [...known.values()];
    },
    stop() {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
      for (const off of offs) off();
    },
  };
}
