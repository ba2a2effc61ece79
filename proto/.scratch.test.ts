import { it } from 'vitest';
import { meow } from './index';
it('x', () => {
  console.log(Object.keys(meow));
  console.log(Object.getOwnPropertyNames(meow.InvitationRequest));
  console.log(Object.getOwnPropertyNames(meow.InvitationRequest.Op), Object.getPrototypeOf(meow.InvitationRequest.Op));
  const m = meow.QueueEntry.fromObject({ seq: 1764000000000, receivedAt: -5, message: { destination: new Uint8Array([1]) } });
  const b = meow.QueueEntry.encode(m).finish();
  console.log(b.constructor.name, meow.QueueEntry.decode(b), meow.QueueEntry.decode(new Uint8Array(b)));
});
