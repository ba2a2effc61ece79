/** The commands that manage contacts (engine/contacts.ts): delete, clear, cancel, verify. */
import type { CommandArgs, CommandResults } from './contract';
import type { ApiSession } from './session';
import { contactView } from './peer-listing';

/** The text of a safety code's QR: what the other side's scan compares with its own code. */
export const SAFETY_QR_PREFIX = 'meow-safety:1:';

export const contactHandlers = {
  'peers.delete': async (s: ApiSession, a: CommandArgs<'peers.delete'>): Promise<null> => {
    await s.engine.deletePeer(a.peerUid);
    return null;
  },
  'peers.clearConversation': async (
    s: ApiSession,
    a: CommandArgs<'peers.clearConversation'>,
  ): Promise<null> => {
    await s.engine.clearConversation(a.peerUid);
    return null;
  },
  'peers.safetyCode': async (
    s: ApiSession,
    a: CommandArgs<'peers.safetyCode'>,
  ): Promise<CommandResults['peers.safetyCode']> => {
    const code = await s.engine.safetyCode(a.peerUid);
    return { code, qr: SAFETY_QR_PREFIX + code.replace(/\s+/g, '') };
  },
  'peers.verify': async (
    s: ApiSession,
    a: CommandArgs<'peers.verify'>,
  ): Promise<CommandResults['peers.verify']> =>
    contactView(s, await s.engine.verifyPeer(a.peerUid, a.verified)),
  'invitations.cancel': (
    s: ApiSession,
    a: CommandArgs<'invitations.cancel'>,
  ): Promise<CommandResults['invitations.cancel']> => s.engine.cancelInvitation(a.peerUid),
};
