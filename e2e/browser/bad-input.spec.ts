/**
 * Spec 6: bad input in the UI gets a clear message and loses nothing — wrong passwords, an
 * expired invitation, garbage instead of a QR code.
 *
 * The relay keeps short-code invitations for at most INVITATION_SECONDS here (it clamps the
 * lifetime a client asks for into its own range; the UI's shortest choice is 10 minutes), so
 * the invitation expires while the test watches its countdown.
 */
import { expect, test } from '../fixtures/test';

const INVITATION_SECONDS = 5;
const EXPIRED_OR_WRONG =
  'That invitation has expired, or the shortcode or password is wrong. Check them.';
const NO_CODE = 'No Meow code found in that image. Try a sharper picture of the code.';
const NOT_AN_IMAGE = 'That file is not an image Meow can read. Choose a PNG or JPEG picture.';
const NOT_AN_INVITATION = 'That is not a valid invitation. Ask for a new one.';

test.use({
  relayOptions: {
    extraArgs: [
      ...['--invitation-max-expiry-seconds', String(INVITATION_SECONDS)],
      ...['--invitation-min-expiry-seconds', '1'],
    ],
  },
});

test('wrong passwords and garbage pairing codes: clear messages, nothing lost', async ({
  launchApps,
}) => {
  const [alice] = await launchApps('alice');
  if (!alice) throw new Error('no app');

  // Onboarding checks the password before anything is created.
  await alice.tid('create-nickname').fill('Alice');
  await alice.tid('create-password').fill('short');
  await alice.tid('create-password-repeat').fill('short');
  await alice.tid('create-submit').click();
  await expect(alice.tid('create-error')).toHaveText('Use at least 8 characters');
  await alice.tid('create-password').fill('long enough 1');
  await alice.tid('create-password-repeat').fill('long enough 2');
  await alice.tid('create-submit').click();
  await expect(alice.tid('create-error')).toHaveText('The passwords do not match');
  await expect(alice.tid('create-nickname')).toHaveValue('Alice');
  await alice.createIdentity('Alice');

  // A wrong password at unlock: said so, the typed text kept, the app still locked.
  await alice.tid('lock-button').click();
  await alice.tid('unlock-password').fill('not my password');
  await alice.tid('unlock-submit').click();
  await expect(alice.tid('unlock-error')).toHaveText('Wrong password. Type it again.');
  await expect(alice.tid('unlock-password')).toHaveValue('not my password');
  await expect(alice.tid('conversation-list')).toHaveCount(0);
  await alice.unlock();
  await alice.nav('settings');
  await expect(alice.tid('profile-nickname')).toHaveValue('Alice');
  await expect(alice.tid('server-row')).toHaveCount(1);

  // Garbage where a pairing QR belongs.
  await alice.nav('devices');
  await alice.page.getByRole('button', { name: 'Enter a pairing code' }).click();
  const notAQr = await alice.page.getByRole('navigation', { name: 'Main' }).screenshot();
  await alice.page.getByRole('button', { name: 'Choose image' }).click();
  await alice.tid('join-code-file').setInputFiles({
    name: 'holiday.png',
    mimeType: 'image/png',
    buffer: notAQr,
  });
  await expect(alice.tid('join-code-error')).toHaveText(NO_CODE);
  await alice.tid('join-code-file').setInputFiles({
    name: 'notes.png',
    mimeType: 'image/png',
    buffer: Buffer.from('these are not the pixels you are looking for'),
  });
  await expect(alice.tid('join-code-error')).toHaveText(NOT_AN_IMAGE);
  await alice.page.getByRole('button', { name: 'Paste text' }).click();
  await alice.tid('join-code-text').fill('meow:1:bm90IGEgcGFpcmluZyBjb2Rl');
  await alice.page.getByRole('button', { name: 'Join', exact: true }).click();
  await expect(alice.tid('join-error')).toHaveText(NOT_AN_INVITATION);
  await expect(alice.tid('join-code-text')).toHaveValue('meow:1:bm90IGEgcGFpcmluZyBjb2Rl');
  // Still the same account, still usable.
  await expect(
    alice.page.getByText('No other devices yet. This is your only device.'),
  ).toBeVisible();
  await alice.nav('chats');
  await expect(alice.tid('conversation-list')).toBeVisible();
});

test('an expired or wrong invitation, garbage QR codes: clear messages, nothing lost', async ({
  launchApps,
}) => {
  const [alice, bob] = await launchApps('alice', 'bob');
  if (!alice || !bob) throw new Error('no apps');
  await Promise.all([alice.createIdentity('Alice'), bob.createIdentity('Bob')]);

  const invitation = await alice.inviteByShortcode('Bob', '10 minutes');
  // The relay clamped the ten minutes asked for to its maximum.
  await expect(alice.tid('invitation-expiry')).toHaveText(/^Expires in 0:0\d$/);

  // A wrong invitation password: refused, and everything typed stays.
  await bob.submitShortcode({ ...invitation, password: `${invitation.password}x` });
  await expect(bob.tid('accept-error')).toHaveText(EXPIRED_OR_WRONG);
  await expect(bob.tid('accept-shortcode')).toHaveValue(invitation.shortcode);
  await expect(bob.tid('accept-password')).toHaveValue(`${invitation.password}x`);

  // The countdown runs out on Alice's screen; the right password is now too late.
  await expect(alice.tid('invitation-expired')).toHaveText('Expired', {
    timeout: (INVITATION_SECONDS + 10) * 1000,
  });
  await expect(
    alice.page.getByText('This code has expired. Create a new invitation.'),
  ).toBeVisible();
  await bob.tid('accept-password').fill(invitation.password);
  await bob.tid('accept-submit').click();
  await expect(bob.tid('accept-error')).toHaveText(EXPIRED_OR_WRONG);
  await expect(bob.tid('accept-shortcode')).toHaveValue(invitation.shortcode);
  await expect(bob.tid('accept-password')).toHaveValue(invitation.password);
  await bob.nav('chats');
  await expect(bob.page.getByText('No contacts yet. Add one to start chatting.')).toBeVisible();

  // Garbage where an invitation QR belongs.
  await bob.nav('add-contact');
  await bob.page.getByRole('button', { name: 'QR code or text' }).click();
  await bob.page.getByRole('button', { name: 'Choose image' }).click();
  const notAQr = await bob.page.getByRole('navigation', { name: 'Main' }).screenshot();
  await bob.tid('accept-code-file').setInputFiles({
    name: 'cat.png',
    mimeType: 'image/png',
    buffer: notAQr,
  });
  await expect(bob.tid('accept-code-error')).toHaveText(NO_CODE);
  await bob.page.getByRole('button', { name: 'Paste text' }).click();
  await bob.tid('accept-code-text').fill('meow:1:Z2FyYmFnZQ');
  await bob.page.getByRole('button', { name: 'Accept invitation' }).click();
  await expect(bob.tid('accept-error')).toHaveText(NOT_AN_INVITATION);
  await expect(bob.tid('accept-code-text')).toHaveValue('meow:1:Z2FyYmFnZQ');

  // Nothing lost: a fresh invitation (text only) still connects them.
  await alice.page.getByRole('button', { name: 'New invitation' }).click();
  await alice.tid('invite-name').fill('Bob again');
  await alice.tid('invite-shortcode').uncheck();
  await alice.tid('invite-create').click();
  const text = await alice.tid('invitation-text').inputValue();
  await bob.tid('accept-code-text').fill(text);
  await bob.page.getByRole('button', { name: 'Accept invitation' }).click();
  await expect(bob.tid('conversation-title')).toHaveText('Alice');
  await alice.waitConnected('Bob again');
  await alice.openChat('Bob again');
  await alice.send('Second time lucky');
  await expect(bob.bubble('Second time lucky')).toBeVisible();
});
