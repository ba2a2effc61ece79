/** Store resets: everything (tests), or whatever shows private data (on lock). */
import { clearAttachmentUrls } from './attachment-urls';
import { dropContactListings, useContacts } from './contacts';
import { dropDeviceListings, useDevices } from './devices';
import { stopHandOvers } from './hand-over';
import { useMessages } from './messages';
import { useNavigation } from './navigation';
import { usePairing } from './pairing';
import { useRelayHealth } from './relay-health';
import { useSession } from './session';
import { useSettings } from './settings';
import { useTray } from './tray';

/** Photos and files: hand-overs stopped, pictures revoked, trays emptied. */
function clearAttachments(): void {
  stopHandOvers();
  clearAttachmentUrls();
  useTray.getState().clearAll();
}

export function resetStores(): void {
  clearAttachments();
  for (const store of [
    useContacts,
    useDevices,
    useMessages,
    useNavigation,
    usePairing,
    useRelayHealth,
    useSession,
    useSettings,
    useTray,
  ] as const) {
    (store as { setState(s: unknown, replace: true): void }).setState(
      store.getInitialState(),
      true,
    );
  }
}

/**
 * On lock: forget contacts, messages, devices and the profile, so nothing private stays in
 * the page's memory behind the unlock screen. Theme and notification choices stay.
 */
export function clearPrivateState(): void {
  clearAttachments();
  dropContactListings();
  dropDeviceListings();
  const stores = [useContacts, useDevices, useMessages, useNavigation, usePairing, useRelayHealth];
  for (const store of stores) {
    (store as { setState(s: unknown, replace: true): void }).setState(
      store.getInitialState(),
      true,
    );
  }
  useSettings.setState({
    profile: null,
    servers: [],
    serversLoaded: false,
    hosted: null,
    relayLater: false,
    error: null,
  });
}
