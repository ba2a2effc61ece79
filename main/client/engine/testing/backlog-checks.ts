/**
 * Checks shared by the receive crash tests (receive-crash.test.ts, receive-pipeline-kill.test.ts):
 * a conversation read back whole, and waiting until the contact saw every delivery ack.
 */
import type { MessageCursor } from '../../../storage';
import type { Side } from '../test-helpers';

/** `side`'s whole conversation with `peerUid`, inbound texts only, oldest first. */
export function inbound(side: Side, peerUid: string): string[] {
  const texts: string[] = [];
  let before: MessageCursor | undefined;
  do {
    const page = side.profile.messages.listMessages(peerUid, { limit: 500, before });
    texts.push(...page.messages.filter((m) => !m.outbound).map((m) => m.message.text));
    before = page.nextCursor;
  } while (before);
  return texts.reverse();
}

/**
 * Resolves once every uuid in `uuids` is in `delivered` (filled by the caller's
 * 'message.statusChanged' listener on `side`); rejects after `timeoutMs`.
 */
export function allDelivered(
  delivered: ReadonlySet<string>,
  uuids: readonly string[],
  side: Side,
  timeoutMs: number,
): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const check = () => uuids.every((u) => delivered.has(u));
    if (check()) {
      resolve();
      return;
    }
    const timer = setTimeout(() => {
      off();
      const missing = uuids.filter((u) => !delivered.has(u)).length;
      reject(new Error(`${missing} messages without a delivery ack`));
    }, timeoutMs);
    const off = side.engine.events.on('message.statusChanged', () => {
      if (!check()) return;
      clearTimeout(timer);
      off();
      resolve();
    });
  });
}
