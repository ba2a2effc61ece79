/**
 * Contacts cannot tell how many devices someone has (MULTI_DEVICE_SPEC phase 7.0): the same
 * conversation is played once with Alice on one device and once with Alice on three (messages
 * written on every device), and everything Bob stores and everything the relay delivers
 * toward Bob's queue must have the same shape. A sibling's takeover, with its shortened wait,
 * is devices-privacy-takeover.test.ts (run one file at a time, vitest.config.ts).
 */
import { expect, it } from 'vitest';
import { play } from './testing/privacy-play';

it('looks the same to Bob and to the relay whether Alice has one device or three', async () => {
  const one = await play(1);
  const three = await play(3);
  expect(one.messages).toHaveLength(8);
  expect(one.entrySizes.length).toBeGreaterThanOrEqual(6);
  expect(three).toEqual(one);
});

it('looks the same to Bob and to the relay when another of Alice’s devices takes him over', async () => {
  const one = await play(1);
  const handedOver = await play(3, { handOverAt: 3 });
  expect(handedOver).toEqual(one);
});
