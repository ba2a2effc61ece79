/**
 * A child process for the sender crash test (send-burst.test.ts): unlocks the profile in
 * argv[2] (password in MEOW_PASSWORD), starts its engine, fires `count` sendText calls to the
 * contact argv[3] at once (texts `<prefix><i>`, i = 0…count-1), and prints one JSON line
 * `{ "event": "accepted", "text": … }` as each call resolves — what the API told the caller.
 * Then it keeps running (the send worker pushes) until it is killed.
 *
 *   node --import tsx main/client/engine/testing/burst-sender.ts DIR CONTACT PREFIX COUNT
 */
import { Engine } from '../engine';
import { Profile } from '../../profile';

function line(fields: Record<string, unknown>): void {
  process.stdout.write(`${JSON.stringify(fields)}\n`);
}

async function main(): Promise<void> {
  const [dir, contact, prefix, countText] = process.argv.slice(2);
  if (!dir || !contact || prefix === undefined || !countText) throw new Error('usage');
  const profile = await Profile.unlock(dir, process.env.MEOW_PASSWORD ?? '');
  const engine = new Engine(profile);
  await engine.start();
  line({ event: 'started' });
  const calls = Array.from({ length: Number(countText) }, (_, i) => {
    const text = `${prefix}${i}`;
    return engine.sendText(contact, text).then(
      () => {
        line({ event: 'accepted', text });
      },
      (err: unknown) => {
        line({ event: 'refused', text, error: String(err) });
      },
    );
  });
  await Promise.all(calls);
  line({ event: 'all-accepted' });
}

main().catch((err: unknown) => {
  line({ event: 'crashed', error: String(err) });
  process.exitCode = 1;
});
