/**
 * Contacts cannot tell how many devices someone has (MULTI_DEVICE_SPEC phase 7.0), when the
 * device that holds Bob dies and a sibling takes him over after a shortened wait (4 s: this
 * file runs one at a time, vitest.config.ts); the rest is devices-privacy.test.ts.
 */
import { expect, it } from 'vitest';
import { play } from './testing/privacy-play';

it('looks the same to Bob and to the relay when a sibling takes him over as when one device resets', async () => {
  const reset = await play(1, { resetAt: 3 });
  const takenOver = await play(3, { takeOverAt: 3 });
  expect(takenOver).toEqual(reset);
});
