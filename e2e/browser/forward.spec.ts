/**
 * Spec 4: Alice-laptop writes to Bob. The desktop is Bob's primary, so the laptop's bubble
 * shows `pending_forward` until the desktop has sent it, then "sent"; Bob receives it.
 */
import { aliceWithLaptopAndBob } from '../fixtures/scenarios';
import { expect, test } from '../fixtures/test';

test('a message from the laptop goes pending_forward, then sent; Bob gets it', async ({
  browser,
  launchApps,
}) => {
  const { desktop, bob, laptop } = await aliceWithLaptopAndBob(browser, launchApps);

  await laptop.openChat('Bob');
  await expect(laptop.tid('primary-device-note')).toContainText('Desktop');
  // The desktop forwards within milliseconds: record every state the bubble shows.
  await laptop.recordBubbleStates();
  const text = 'Written on my laptop';
  const bubble = await laptop.send(text);

  await expect(bob.bubble(text)).toHaveAttribute('data-outbound', 'false');
  await expect(bubble.getByTestId('message-status')).toHaveAttribute('data-state', 'read');
  // pending_forward first, then sent, and never a step back.
  const lifecycle = ['pending_forward', 'sent', 'delivered', 'read'];
  const states = await laptop.bubbleStates(bubble);
  expect(states[0]).toBe('pending_forward');
  expect(states).toContain('sent');
  const steps = states.map((state) => lifecycle.indexOf(state));
  expect(steps).not.toContain(-1);
  expect(steps).toEqual([...steps].sort((a, b) => a - b));
  // The desktop, which sent it, has it too, as Alice's message.
  await desktop.openChat('Bob');
  await expect(desktop.bubble(text)).toHaveAttribute('data-outbound', 'true');
});
