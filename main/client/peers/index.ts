/**
 * main/client/peers — relationships and invitations (DESIGN.md §3, §5), pure logic: keys,
 * cards, invitation text and shortcode sealing, accept, finalize, and per-message sealing.
 * The engine persists the returned Peers and does all I/O.
 */
export { createInvitingPeer, type NewInvitationOptions } from './new-peer';
export {
  answerCard,
  CONTACT_CARD_VERSION,
  encodeCard,
  inviterCard,
  MAX_CONTACT_CARD_BYTES,
  verifyCard,
  type CardRole,
} from './cards';
export { decodeInvitationText, encodeInvitationText } from './invitation-text';
export {
  generateInvitationPassword,
  normalizeInvitationPassword,
  openInvitationFromShortcode,
  sealInvitationForShortcode,
  shortcodeRelayPassword,
  type ShortcodeOptions,
} from './shortcode';
export {
  acceptInvitation,
  INVITATION_ANSWER_TYPE,
  type AcceptedInvitation,
  type AcceptOptions,
} from './accept';
export { openInvitationAnswer, sealInvitationAnswer } from './answer-envelope';
export { peerRecordCodec } from './peer-record';
export { finalizeInvitation, type FinalizeOptions } from './finalize';
export { acceptReset, RESET_READY_TYPE, SESSION_RESET_TYPE, sealReset, startReset } from './reset';
export {
  channelFor,
  lookupOf,
  openFromPeer,
  PeerSession,
  sealForPeer,
  type SessionOptions,
} from './session';
