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
import { attachRelayOnUnlock, startEmbeddedRelay } from './web-relay';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_STATIC = join(REPO_ROOT, 'dist', 'renderer');

const USAGE = `usage: npm run start:web -- [options]

  --profile DIR   profile folder (default: $MEOW_PROFILE, else ~/.meow/web-profile)
  --port N        port on 127.0.0.1 (default 0: any free port; the URL is printed)
  --relay URL     relay to add to a profile that has none (default: an embedded relay with
                  its data in <profile>/relay-data, started here)
  --static DIR    renderer build to serve (default: dist/renderer)
  --no-open       do not open a browser
  -h, --help      this text`;

interface Options {
  readonly profileDir: string;
  readonly port: number;
  readonly relay: string | undefined;
  readonly staticDir: string;
  readonly open: boolean;
}

class UsageError extends Error {}

function log(line: string): void {
  process.stderr.write(`meow web host: ${line}\n`);
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
  let relay: string | undefined;
  if (values.relay !== undefined) {
    try {
      relay = normalizeRelayUrl(values.relay);
    } catch (err) {
      throw new UsageError(`invalid --relay: ${err instanceof Error ? err.message : ''}`);
    }
  }
  const profile = values.profile ?? env.MEOW_PROFILE;
  return {
    profileDir: resolve(profile ?? join(homedir(), '.meow', 'web-profile')),
    port,
    relay,
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

  const embedded =
    options.relay === undefined ? await startEmbeddedRelay(options.profileDir, log) : undefined;
  if (embedded) {
    const { relay } = embedded;
    process.stdout.write(
      `meow web host: embedded relay listening on ${relay.url} (store: ${relay.storeLabel}) key fingerprint ${relay.fingerprint}\n`,
    );
  }
  let host;
  try {
    host = await startWebHost({
      profileDir: options.profileDir,
      staticDir: options.staticDir,
      port: options.port,
      log,
    });
  } catch (err) {
    await embedded?.relay.close();
    throw err;
  }
  const relayUrl = options.relay ?? embedded?.relay.url;
  if (relayUrl !== undefined) {
    attachRelayOnUnlock(host.session, relayUrl, { movedFrom: embedded?.movedFrom, log });
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
        .then(() => embedded?.relay.close())
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
