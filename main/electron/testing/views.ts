/** Test rows of peers.list for the desktop integration's tests. */
import type { PeerView } from '../../api/contract';
import type { PeerSummary } from '../unread';

/** A contact's row of peers.list with these summary fields. */
export function viewOf(p: PeerSummary, extra: Partial<PeerView> = {}): PeerView {
  return {
    avatar: '',
    step: 'finalized',
    lastMessage: null,
    primaryDeviceUid: '',
    verified: false,
    keyChanged: false,
    expiry: { seconds: 0, by: 'me' },
    ...p,
    ...extra,
  };
}
