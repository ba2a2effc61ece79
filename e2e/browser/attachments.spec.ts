/**
 * Photos and files in Chromium through two browser hosts and a real relay (issue 16): Alice
 * drops a photo (a JPEG carrying an Exif block with GPS coordinates) and a file onto the
 * conversation; the photo's preview shows on both sides within a second of it being sent
 * (Bob: of his message arriving), the full picture opens in the viewer — without the Exif
 * block; the file is saved byte-identical by Bob; after a reload everything is rebuilt from
 * the engine; a file above the automatic size Bob set in Settings is fetched when he asks,
 * with its progress; a file whose window reloads mid-hand-over fails at once, saying so.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures/test';
import { readmeScreenshot } from '../fixtures/screenshots';

/** A JPEG drawn in the page, with an APP1 Exif segment carrying a GPS-like marker spliced in. */
async function photoWithGps(page: Page): Promise<Buffer> {
  const base64 = await page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 1600;
    canvas.height = 1200;
    const g = canvas.getContext('2d');
    if (!g) throw new Error('no 2d context');
    const gradient = g.createLinearGradient(0, 0, 1600, 1200);
    gradient.addColorStop(0, '#f39');
    gradient.addColorStop(1, '#39f');
    g.fillStyle = gradient;
    g.fillRect(0, 0, 1600, 1200);
    g.fillStyle = '#fff';
    g.font = '120px sans-serif';
    g.fillText('Meow photo', 300, 650);
    return canvas.toDataURL('image/jpeg', 0.9).split(',')[1] ?? '';
  });
  const jpeg = Buffer.from(base64, 'base64');
  const exif = Buffer.concat([
    Buffer.from('Exif\0\0'),
    Buffer.from('GPS-48.8566N-2.3522E '.repeat(4)),
  ]);
  const length = Buffer.alloc(2);
  length.writeUInt16BE(exif.length + 2);
  return Buffer.concat([
    jpeg.subarray(0, 2),
    Buffer.from([0xff, 0xe1]),
    length,
    exif,
    jpeg.subarray(2),
  ]);
}

/** Drops files onto the conversation the way the browser does for a drag from the desktop. */
async function dropFiles(page: Page, files: { name: string; type: string; bytes: Buffer }[]) {
  const payload = files.map((f) => ({ ...f, bytes: f.bytes.toString('base64') }));
  const transfer = await page.evaluateHandle((list) => {
    const dt = new DataTransfer();
    for (const f of list) {
      const bytes = Uint8Array.from(atob(f.bytes), (c) => c.charCodeAt(0));
      dt.items.add(new File([bytes], f.name, { type: f.type }));
    }
    return dt;
  }, payload);
  const target = page.locator('section.conversation');
  await target.dispatchEvent('dragenter', { dataTransfer: transfer });
  await expect(page.getByTestId('drop-overlay')).toBeVisible();
  await target.dispatchEvent('dragover', { dataTransfer: transfer });
  await target.dispatchEvent('drop', { dataTransfer: transfer });
  await expect(page.getByTestId('drop-overlay')).toHaveCount(0);
}

/** Drops a file of `size` bytes made in the page (nothing that large crosses the driver). */
async function dropGenerated(page: Page, name: string, size: number) {
  const transfer = await page.evaluateHandle(
    ({ fileName, bytes }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(bytes).fill(9)], fileName));
      return dt;
    },
    { fileName: name, bytes: size },
  );
  const target = page.locator('section.conversation');
  for (const type of ['dragenter', 'dragover', 'drop']) {
    await target.dispatchEvent(type, { dataTransfer: transfer });
  }
  await expect(page.getByTestId('attachment-tray-item')).toHaveCount(1);
}

test('a dropped photo and file reach Bob: previews at once, the full photo without its GPS, the file saved', async ({
  launchApps,
}) => {
  test.setTimeout(120_000);
  const [alice, bob] = await launchApps('alice', 'bob');
  if (!alice || !bob) throw new Error('two apps expected');
  await Promise.all([alice.createIdentity('Alice'), bob.createIdentity('Bob')]);
  const invitation = await alice.inviteByShortcode('Bob');
  await bob.submitShortcode(invitation);
  await expect(bob.tid('conversation-title')).toHaveText('Alice');
  await alice.waitConnected('Bob');
  await alice.openChat('Bob');

  const photo = await photoWithGps(alice.page);
  const report = Buffer.alloc(1_500_000); // six chunks: a progress bar to watch
  for (let i = 0; i < report.length; i++) report[i] = (i * 31) % 251;
  await dropFiles(alice.page, [
    { name: 'IMG_0001.jpg', type: 'image/jpeg', bytes: photo },
    { name: 'report.pdf', type: 'application/pdf', bytes: report },
  ]);
  await expect(alice.tid('attachment-tray-item')).toHaveCount(2);
  await alice.tid('composer-input').fill('From the trip');
  await Promise.all([alice.timeBubble('From the trip'), bob.timeBubble('From the trip')]);
  await alice.tid('composer-input').press('Enter');

  // Alice: the preview within a second of Enter (timed in the page), then delivered.
  const mine = alice.bubble('From the trip');
  await expect(mine.getByTestId('attachment-image')).toBeVisible({ timeout: 5_000 });
  const sent = await alice.bubbleTimes();
  expect((sent.image ?? Infinity) - (sent.enter ?? 0)).toBeLessThan(1_000);
  await expect(mine.getByTestId('message-status')).toHaveAttribute('data-state', /delivered|read/, {
    timeout: 30_000,
  });

  // Bob: the message with its preview within a second of arriving; the full photo follows.
  const theirs = bob.bubble('From the trip');
  await expect(theirs).toBeVisible({ timeout: 30_000 });
  await expect(theirs.getByTestId('attachment-image')).toBeVisible({ timeout: 5_000 });
  const received = await bob.bubbleTimes();
  expect((received.image ?? Infinity) - (received.bubble ?? 0)).toBeLessThan(1_000);
  await expect(theirs.getByTestId('attachment-image')).toHaveAttribute('data-full', 'true', {
    timeout: 30_000,
  });
  const card = theirs.getByTestId('attachment-file');
  await expect(card).toContainText('report.pdf');
  await expect(card.getByTestId('attachment-save')).toBeVisible({ timeout: 30_000 });
  await readmeScreenshot(bob.page, 'attachments');

  // The file, saved: the same bytes.
  const [download] = await Promise.all([
    bob.page.waitForEvent('download'),
    card.getByTestId('attachment-save').click(),
  ]);
  expect(download.suggestedFilename()).toBe('report.pdf');
  expect((await readFile(await download.path())).equals(report)).toBe(true);

  // The photo opens; saved, it is a JPEG without the Exif block or the coordinates.
  await theirs.getByTestId('attachment-image').click();
  await expect(bob.tid('image-viewer')).toBeVisible();
  const [saved] = await Promise.all([
    bob.page.waitForEvent('download'),
    bob.tid('image-viewer-save').click(),
  ]);
  const picture = await readFile(await saved.path());
  expect([picture[0], picture[1]]).toEqual([0xff, 0xd8]);
  expect(picture.includes('GPS-48.8566N')).toBe(false);
  expect(picture.includes('Exif')).toBe(false);
  await bob.page.keyboard.press('Escape');
  await expect(bob.tid('image-viewer')).toHaveCount(0);

  // A reload: the photo and the file come back from the engine as they were.
  await bob.open();
  if (await bob.tid('unlock-password').isVisible()) await bob.unlock();
  await bob.openChat('Alice');
  const again = bob.bubble('From the trip');
  await expect(again.getByTestId('attachment-image')).toHaveAttribute('data-full', 'true', {
    timeout: 30_000,
  });
  await expect(again.getByTestId('attachment')).toHaveCount(2);
  await expect(again.getByTestId('attachment').nth(1)).toHaveAttribute('data-state', 'ready');

  // Bob lowers his automatic size to 5 MB (Settings); a 6 MiB file then waits until he asks,
  // and he watches its progress. The setting is read back after a reload.
  await bob.nav('settings');
  await bob.tid('auto-download-select').selectOption('5');
  await expect(bob.tid('auto-download-select')).toBeEnabled(); // saved
  await bob.open();
  if (await bob.tid('unlock-password').isVisible()) await bob.unlock();
  await bob.nav('settings');
  await expect(bob.tid('auto-download-select')).toHaveValue('5');
  await bob.openChat('Alice');
  const video = Buffer.alloc(6 * 1024 * 1024, 7);
  await alice
    .tid('attach-input')
    .setInputFiles([{ name: 'video.mp4', mimeType: 'video/mp4', buffer: video }]);
  await alice.tid('composer-input').fill('The video');
  await alice.tid('composer-input').press('Enter');
  const big = bob.bubble('The video');
  await expect(big.getByTestId('attachment')).toHaveAttribute('data-state', 'on_request', {
    timeout: 60_000,
  });
  await big.getByTestId('attachment-download').click();
  await expect(big.getByTestId('attachment-progress')).toBeVisible();
  await expect(big.getByTestId('attachment')).toHaveAttribute('data-state', 'ready', {
    timeout: 60_000,
  });

  // Alice reloads while a large file is still being handed over by her window: the window was
  // its only source, so the message fails at once (not after a timeout) and says what to do.
  await dropGenerated(alice.page, 'backup.iso', 32 * 1024 * 1024);
  await alice.tid('composer-input').fill('The backup');
  await alice.tid('composer-input').press('Enter');
  await expect(alice.bubble('The backup')).toBeVisible();
  await alice.open();
  if (await alice.tid('unlock-password').isVisible()) await alice.unlock();
  await alice.openChat('Bob');
  const gone = alice.bubble('The backup');
  await expect(gone.getByTestId('failure-reason')).toHaveText(
    'Not sent. Meow no longer has this file. Attach it again to send it.',
    { timeout: 10_000 },
  );
  await expect(gone.getByTestId('retry-button')).toHaveCount(0);
});
