import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { AppError } from '../../core/errors';
import { findCommand } from './commands';
import { CliRefusal } from './file-commands';
import { formatError, makeOutput } from './output';
import { readPassword } from './password';
import { terminalPrompt } from './prompt';

export const USAGE = `usage: meow <command> [options]

commands:
  init --nickname NAME          create a profile (password from MEOW_PASSWORD or --password-stdin)
  unlock                        check the password and show the profile
  servers add URL               fetch, verify and pin a relay's card; prints its fingerprint
  servers list | remove URL     the profile's relays
  invite [--name N] [--via-shortcode [--expiry S]]   print an invitation (text; or shortcode + password)
  accept --text T | --shortcode C --invite-password P --server URL   accept one
  invite cancel CONTACT         cancel an invitation nobody accepted (here, your devices, the relay)
  peers                         contacts: invitation step, unread count, blocked, verified
  contact rename CONTACT NAME   rename a contact (on all your devices)
  contact block|unblock CONTACT drop their messages, send them nothing / undo it
  contact clear CONTACT         delete the conversation's messages on all your devices
  contact delete CONTACT        delete the contact and its conversation on all your devices
  contact safety-code CONTACT   the 60 digits to compare with the contact's
  contact verify|unverify CONTACT   mark the contact verified (the codes matched) / not
  send CONTACT TEXT             send and wait until the relay accepted it (--timeout S)
  send-file CONTACT PATH [PATH…] [--caption TEXT]   send files (up to 32) as one message,
                                as they are (a photo keeps its Exif: the app strips it, this
                                does not); wait until the relay accepted it (--timeout S)
  messages CONTACT [--limit N]  newest first, each with its id (and its files' ids)
  save FILE_ID PATH [--force]   fetch a file if needed, write it to PATH (--force: replace)
  edit CONTACT ID TEXT          replace the text of one of your sent messages (everywhere)
  delete CONTACT ID [--everyone]   delete on your devices; --everyone: also the contact's
                                (your own texts, within 24 hours of sending)
  disappear CONTACT off|5m|1h|1d|1w   disappearing messages in that conversation (both sides)
  search WORDS [--peer CONTACT] [--limit N]   messages with every word (the last as a prefix)
  watch                         run the workers and stream events until Ctrl-C
  devices list                  your other devices: step, last seen, syncs waiting, primary for
  devices pair [--name N]       print a pairing text; wait for the answer; print the code
                                (asks y/n on a terminal; else confirm with \`devices confirm\`)
  devices join TEXT [--name N]  answer a pairing text; print the code; wait until confirmed
    (or --shortcode C --invite-password P --server URL: the typed short code instead)
  devices confirm|reject UID    the codes match / do not (a pairing waiting for its code)
  devices revoke UID            remove a device from your account
  devices handoff [CONTACT]     make this device primary for one contact (or all)

options:
  --profile DIR                 profile folder (default: ./meow-profile, or MEOW_PROFILE)
  --json                        machine-readable output, one JSON document per result
  --timeout S                   how long a command waits (default 30 s; send-file, save:
                                120 s; pair, join: 600 s)
  --password-stdin              read the password from the first line of standard input
  -h, --help                    this text`;

/** Runs one CLI invocation; returns the exit code (0 ok, 1 failure, 2 usage). */
export async function runCli(argv: readonly string[], env: NodeJS.ProcessEnv): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        profile: { type: 'string' },
        nickname: { type: 'string' },
        name: { type: 'string' },
        text: { type: 'string' },
        caption: { type: 'string' },
        force: { type: 'boolean', default: false },
        shortcode: { type: 'string' },
        'via-shortcode': { type: 'boolean', default: false },
        everyone: { type: 'boolean', default: false },
        'invite-password': { type: 'string' },
        server: { type: 'string' },
        expiry: { type: 'string' },
        limit: { type: 'string' },
        peer: { type: 'string' },
        timeout: { type: 'string' },
        json: { type: 'boolean', default: false },
        'password-stdin': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (err) {
    console.error(`${err instanceof Error ? err.message : String(err)}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const command = findCommand(positionals);
  if (values.help || !command) {
    (values.help ? console.log : console.error)(USAGE);
    return values.help ? 0 : 2;
  }
  const out = makeOutput(values.json, (line) => {
    console.log(line);
  });
  try {
    await command({
      profileDir: values.profile ?? env.MEOW_PROFILE ?? 'meow-profile',
      positionals,
      options: values,
      out,
      password: () => readPassword(env, values['password-stdin']),
      ask: terminalPrompt(values.json, values['password-stdin']),
    });
    return 0;
  } catch (err) {
    console.error(formatError(err, values.json));
    const usage = err instanceof AppError && err.code === 'INVALID_ARGUMENT';
    return usage && !(err instanceof CliRefusal) ? 2 : 1;
  }
}

// Run when executed directly (npm run cli / the `meow` bin), not when imported by tests.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await runCli(process.argv.slice(2), process.env);
}
