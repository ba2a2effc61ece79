/**
 * `npm run start:web`: the browser host (main/webhost) as a process — the built renderer and
 * the API WebSocket on 127.0.0.1, one profile folder. Prints, on stdout:
 *   meow web host: embedded relay listening on http://127.0.0.1:P (store: …) key fingerprint …
 *   meow web host listening on http://127.0.0.1:PORT/#token=…
 * (the first line only when it started an embedded relay; the second is the one line to parse).
 * Everything else goes to stderr. Exit codes: 0 after SIGINT/SIGTERM, 1 when it cannot start,
 * 2 on bad arguments.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { normalizeRelayUrl } from '../main/client/relay';
import { startWebHost } from '../main/webhost';
import { OwnRelay, RELAY_DATA_DIR } from '../main/hosting/own-relay';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_STATIC = join(REPO_ROOT, 'dist', 'renderer');

const USAGE = `usage: npm run start:web -- [options]

  --profile DIR   profile folder (default: $MEOW_PROFILE, else ~/.meow/web-profile)
  --port N        port on 127.0.0.1 (default 0: any free port; the URL is printed)
  --relay URL     relay to add to a profile that has none (default: a relay on this
                  computer, loopback only, with its data in <profile>/relay-data)
  --no-relay      start no relay of its own: a new profile then chooses one in onboarding
                  (a relay the user chose to host in Settings or onboarding still starts)
  --static DIR    renderer build to serve (default: dist/renderer)
  --no-open       do not open a browser
  -h, --help      this text`;

interface Options {
  readonly profileDir: string;
  readonly port: number;
  readonly relay: string | undefined;
  /** --no-relay: no automatic relay on this computer. */
  readonly autoRelay: boolean;
  readonly staticDir: string;
  readonly open: boolean;
}

class UsageError extends Error {}

function log(line: string): void {
  process.stderr.write(`meow web host: ${line}\n`);
}

function relayOption(given: string | undefined, none: boolean): string | undefined {
  if (given === undefined) return undefined;
  if (none) throw new UsageError('--relay and --no-relay exclude each other');
  try {
    return normalizeRelayUrl(given);
  } catch (err) {
    throw new UsageError(`invalid --relay: ${err instanceof Error ? err.message : ''}`);
  }
}

function parseOptions(argv: readonly string[], env: NodeJS.ProcessEnv): Options | 'help' {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        profile: { type: 'string' },
        port: { type: 'string' },
        relay: { type: 'string' },
        static: { type: 'string' },
        'no-open': { type: 'boolean', default: false },
        'no-relay': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message : 'invalid arguments');
  }
  if (values.help) return 'help';
  const portText = values.port ?? '0';
  const port = /^\d{1,5}$/.test(portText) ? Number(portText) : NaN;
  if (!(port >= 0 && port <= 65535)) throw new UsageError(`invalid --port "${portText}"`);
  const relay = relayOption(values.relay, values['no-relay']);
  const profile = values.profile ?? env.MEOW_PROFILE;
  return {
    profileDir: resolve(profile ?? join(homedir(), '.meow', 'web-profile')),
    port,
    relay,
    autoRelay: !values['no-relay'],
    staticDir: resolve(values.static ?? DEFAULT_STATIC),
    open: !values['no-open'],
  };
}

function openBrowser(url: string): void {
  const [command, args]: [string, string[]] =
    process.platform === 'darwin'
      ? ['open', [url]]
      : process.platform === 'win32'
        ? ['cmd', ['/c', 'start', '""', url]]
        : ['xdg-open', [url]];
  const child = spawn(command, args, { stdio: 'ignore', detached: true });
  child.on('error', () => {
    log('could not open a browser; open the URL above yourself');
  });
  child.unref();
}

async function main(): Promise<number> {
  let options;
  try {
    options = parseOptions(process.argv.slice(2), process.env);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    process.stderr.write(`meow web host: ${err.message}\n${USAGE}\n`);
    return 2;
  }
  if (options === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (!existsSync(join(options.staticDir, 'index.html'))) {
    log(
      `no renderer build in ${options.staticDir} (index.html is missing).\n` +
        '  Build it first:  npm run build:renderer   (or point --static at a build)',
    );
    return 1;
  }

  const ownRelay = new OwnRelay(options.profileDir, {
    log: (line) => {
      log(`embedded relay: ${line}`);
    },
  });
  // The relay the user chose to host, else (no --relay, no --no-relay) one on loopback: a
  // browser profile without any relay could invite nobody.
  let hosted = await ownRelay.resume();
  if (!hosted && options.relay === undefined && options.autoRelay) {
    hosted = await ownRelay.start('this-computer');
  }
  if (hosted) {
    process.stdout.write(
      `meow web host: embedded relay listening on ${hosted.url} (store: embedded ${join(options.profileDir, RELAY_DATA_DIR)}) key fingerprint ${hosted.fingerprint}\n`,
    );
  }
  let host;
  try {
    host = await startWebHost({
      profileDir: options.profileDir,
      staticDir: options.staticDir,
      port: options.port,
      sessionOptions: {
        relayHosting: ownRelay,
        ...(options.relay === undefined ? {} : { defaultRelayUrl: options.relay }),
      },
      log,
    });
  } catch (err) {
    await ownRelay.close();
    throw err;
  }
  process.stdout.write(`meow web host listening on ${host.url}\n`);
  if (options.open) openBrowser(host.url);

  return new Promise<number>((resolveExit) => {
    let signals = 0;
    const stop = (): void => {
      signals += 1;
      // A second signal means "now": skip the graceful path.
      if (signals > 1) process.exit(1);
      host
        .close()
        .then(() => ownRelay.close())
        .then(
          () => {
            resolveExit(0);
          },
          (err: unknown) => {
            log(`shutdown failed: ${err instanceof Error ? err.message : String(err)}`);
            resolveExit(1);
          },
        );
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    const kind = err instanceof Error ? `${err.name}: ${err.message}` : 'unknown error';
    log(`failed to start (${kind})`);
    process.exit(1);
  },
);
