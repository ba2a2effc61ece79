import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ConfigError, parseConfig, USAGE } from './config';
import { startRelay, type RunningRelay } from './relay';

/**
 * `npm run server` (tsx server/main.ts): the relay as a process. Prints exactly one line on
 * start-up, which tests and the client engine parse for the URL:
 *   meow relay listening on http://127.0.0.1:8787 (store: embedded ./relay-data) key fingerprint 3f2a 91c0 …
 * (https:// when it terminates TLS: --tls-cert/--tls-key).
 * Exit codes: 0 after a graceful SIGINT/SIGTERM shutdown, 1 on a start-up failure, 2 on bad
 * configuration.
 */
export { startRelay, type RunningRelay, type StartOptions } from './relay';

async function main(): Promise<void> {
  let config;
  try {
    config = parseConfig(process.argv.slice(2));
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    process.stderr.write(`meow relay: ${err.message}\n${USAGE}\n`);
    process.exit(2);
  }
  if (config === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  let relay: RunningRelay;
  try {
    relay = await startRelay(config);
  } catch (err) {
    // A certificate that cannot be read is bad configuration too, found only at start-up.
    if (!(err instanceof ConfigError)) throw err;
    process.stderr.write(`meow relay: ${err.message}\n`);
    process.exit(2);
  }
  process.stdout.write(
    `meow relay listening on ${relay.url} (store: ${relay.storeLabel}) key fingerprint ${relay.fingerprint}\n`,
  );
  let signals = 0;
  const stop = (): void => {
    signals += 1;
    // A second signal means "now": skip the graceful path.
    if (signals > 1) process.exit(1);
    relay.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

function isEntryPoint(): boolean {
  const entry = process.argv[1];
  if (entry === undefined) return false;
  try {
    return realpathSync(entry) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  main().catch((err: unknown) => {
    const kind = err instanceof Error ? `${err.name}: ${err.message}` : 'unknown error';
    process.stderr.write(`meow relay: failed to start (${kind})\n`);
    process.exit(1);
  });
}
