#!/usr/bin/env node
/**
 * The static checks of `npm test`, all at once: each is one process on one core (the
 * type-checked lint alone takes about two minutes of CPU, the other four together about one),
 * so side by side on two cores they end with the lint instead of after the sum. Each check's
 * output is printed whole, in the order below, once it has ended (never interleaved), with its
 * time; the exit status is 1 if any check failed.
 *
 *   node scripts/checks.mjs            (npm run checks)
 *   node scripts/checks.mjs --nice     (at a lower CPU priority: npm test runs it beside the
 *                                       unit tests, scripts/test.mjs)
 */
import { spawn } from 'node:child_process';
import { getPriority, setPriority } from 'node:os';

/**
 * The niceness of `--nice`: the lowest, so that beside the tests the checks take what the tests
 * leave idle (a nice-0 process weighs about 70 times as much) and hardly delay their wake-ups.
 */
const NICE = 19;
// The checks' processes inherit this priority. Only ever lowered (raising it needs privileges).
if (process.argv.includes('--nice') && getPriority() < NICE) setPriority(NICE);

/** package.json scripts, longest first so that it starts first. */
const CHECKS = ['lint', 'typecheck', 'format:check', 'deps', 'proto:check'];
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/**
 * Runs `npm run <name>`; resolves with its combined output, exit status and seconds taken.
 * @param {string} name
 * @returns {Promise<{ name: string, output: string, ok: boolean, seconds: number }>}
 */
function run(name) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(NPM, ['run', name], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const collect = (/** @type {Buffer} */ chunk) => {
      output += chunk.toString('utf8');
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    const done = (/** @type {boolean} */ ok, /** @type {string} */ extra) => {
      resolve({ name, output: output + extra, ok, seconds: (Date.now() - started) / 1000 });
    };
    child.once('error', (err) => {
      done(false, `\ncould not start: ${err.message}\n`);
    });
    child.once('close', (code, signal) => {
      done(code === 0, code === 0 ? '' : `\nexited with ${signal ?? String(code)}\n`);
    });
  });
}

const results = await Promise.all(CHECKS.map(run));
for (const r of results) {
  process.stdout.write(`\n== ${r.name}: ${r.ok ? 'ok' : 'FAILED'} (${r.seconds.toFixed(1)} s)\n`);
  if (r.output.trim() !== '')
    process.stdout.write(r.output.endsWith('\n') ? r.output : `${r.output}\n`);
}
const failed = results.filter((r) => !r.ok).map((r) => r.name);
if (failed.length > 0) {
  process.stderr.write(`\nchecks failed: ${failed.join(', ')}\n`);
  process.exitCode = 1;
}
