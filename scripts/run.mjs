#!/usr/bin/env node
/**
 * Starts a host with the V8 flags of main/hosting/v8-flags.mjs, the one place they are
 * written (package.json's server, start:web, start and bench:* scripts all go through here):
 *
 *   node scripts/run.mjs ENTRY [ARGS…]        → node <V8 flags> --import tsx ENTRY ARGS…
 *   node scripts/run.mjs --electron [ARGS…]   → electron --js-flags="<V8 flags>" ARGS…
 *   node scripts/run.mjs --print-flags        → the flags, one per line
 *
 * A child process, because the semi-space sizes are fixed when V8 creates its heap (and Node
 * does not accept these flags in NODE_OPTIONS). The exit code is the child's; a child killed
 * by a signal kills this process with the same signal.
 *
 * Signals: SIGTERM is passed on to the child. SIGINT and SIGHUP are passed on only when no
 * terminal is attached: from a terminal (Ctrl-C, hang-up) they reach the whole foreground
 * process group, the child included, and a second copy would turn the hosts' graceful
 * shutdown into an immediate exit ("a second signal means now").
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JS_FLAGS, V8_FLAGS } from '../main/hosting/v8-flags.mjs';

const USAGE = `usage: node scripts/run.mjs ENTRY [ARGS…] | --electron [ARGS…] | --print-flags`;

/**
 * The command for `argv` (this script's own arguments).
 * @param {readonly string[]} argv
 * @returns {{ command: string, args: string[] } | 'print' | 'usage'}
 */
function commandFor(argv) {
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h') return 'usage';
  if (first === '--print-flags') return 'print';
  if (first === '--electron') {
    // The electron package's main export is the path of its binary; it throws when the
    // binary was never downloaded (`npm start` runs scripts/ensure-electron.mjs first).
    const electron = /** @type {string} */ (createRequire(import.meta.url)('electron'));
    return { command: electron, args: [`--js-flags=${JS_FLAGS}`, ...rest] };
  }
  if (first.startsWith('-')) return 'usage';
  // tsx resolved from here, so that the entry may be run from any folder.
  const tsx = import.meta.resolve('tsx');
  return { command: process.execPath, args: [...V8_FLAGS, '--import', tsx, first, ...rest] };
}

function run() {
  let what;
  try {
    what = commandFor(process.argv.slice(2));
  } catch (err) {
    const why = err instanceof Error ? err.message.split('\n')[0] : String(err);
    process.stderr.write(`scripts/run.mjs: ${why ?? 'failed'}\n`);
    process.exit(1);
  }
  if (what === 'usage') {
    process.stderr.write(`${USAGE}\n`);
    process.exit(2);
  }
  if (what === 'print') {
    process.stdout.write(`${V8_FLAGS.join('\n')}\n`);
    return;
  }
  const child = spawn(what.command, what.args, { stdio: 'inherit' });
  const terminal = Boolean(process.stdin.isTTY || process.stdout.isTTY || process.stderr.isTTY);
  /** @type {NodeJS.Signals[]} */
  const signals = ['SIGTERM', 'SIGINT', 'SIGHUP'];
  /** @param {NodeJS.Signals} signal */
  const relay = (signal) => {
    if (signal === 'SIGTERM' || !terminal) child.kill(signal);
  };
  for (const signal of signals) process.on(signal, relay);
  child.on('error', (err) => {
    process.stderr.write(`scripts/run.mjs: could not start ${what.command}: ${err.message}\n`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => {
    for (const s of signals) process.off(s, relay);
    if (signal !== null) process.kill(process.pid, signal);
    else process.exit(code ?? 1);
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) run();
