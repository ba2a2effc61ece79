/**
 * main/client/devices — everything multi-device (MULTI_DEVICE_SPEC.md, docs/PROTOCOL.md §10):
 * pairing and the device list (manager.ts), receiving from a sibling (inbound.ts) and applying
 * its syncs (sync-in.ts, sync-message.ts, history.ts, introduce.ts, forward.ts), recording and
 * sending syncs (sync-out.ts, sync-dispatch.ts, sync-settle.ts), the primary-device relay
 * (forward.ts), history transfer and catch-up (history.ts, catch-up.ts), and the pure pieces
 * (codec.ts: pairing code, DeviceSyncPayload, synced peers).
 *
 * This file is the one entry point the engine (main/client/engine) uses. Files in here may use
 * the engine's lower modules (context, outbound, acks, invitations, failures, events), which
 * never import this folder, so there is no cycle.
 */
export { CatchUp } from './catch-up';
export { forwardToPrimary } from './forward';
export { forwardModification } from './forward-modify';
export { resumeHandoffs } from './handoff';
export { restartSession, TakeoverWatch } from './takeover';
export { receiveFromDevice } from './inbound';
export { DeviceManager, type DeviceInfo, type DeviceInvitation } from './manager';
export { SyncDispatcher } from './sync-dispatch';
export { InboxDrainer } from './sync-in';
export { handOnStrandedEntries } from './unopened';
export { aroundChange, hasDevices, queueMessageSync, queuePeerSync, queueSync } from './sync-out';
export { canAskSiblings, requestCopy } from './attachment-backfill';
