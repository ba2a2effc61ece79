#!/usr/bin/env node
/**
 * `npm test`, what CI runs: the static checks (scripts/checks.mjs) beside the vitest suites,
 * and the Playwright specs beside vitest's last group once its first group passed (below).
 *
 * The checks take about three minutes of CPU (the type-checked lint two of them) and the unit
 * suites leave cores idle while their relay tests wait on the network and on events, so the
 * checks fill those gaps instead of running first on their own. They run at the lowest priority
 * (`checks.mjs --nice`) so that the tests, some of which bound latencies, keep the cores they
 * ask for. vitest prints as it goes; the checks' output is held and printed whole after it,
 * then a summary of both. The exit status is non-zero if either failed (the specs are not run
 * then), or if the specs failed.
 *
 *   node scripts/test.mjs                        (npm test: the specs beside vitest's last group)
 *   MEOW_TEST_OVERLAP=0 node scripts/test.mjs    (the specs after vitest and the checks passed)
 */
import { spawn } from 'node:child_process';

const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** @type {Set<import('node:child_process').ChildProcess>} */
const running = new Set();
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.once(signal, () => {
    for (const child of running) child.kill(signal);
    process.exitCode = 1;
  });
}

/**
 * Runs a command; resolves with whether it succeeded, the seconds taken and its combined
 * output. When `hold`, the output is only collected; otherwise it is also printed as it comes
 * (vitest's, so that the summary can name the tests that failed: CI keeps only a log's tail).
 * @param {string} command
 * @param {string[]} args
 * @param {boolean} hold
 * @returns {Promise<{ ok: boolean, seconds: number, output: string }>}
 */
function run(command, args, hold) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    running.add(child);
    let output = '';
    const collect = (/** @type {Buffer} */ chunk) => {
      output += chunk.toString('utf8');
    };
    if (!hold) {
      child.stdout.pipe(process.stdout, { end: false });
      child.stderr.pipe(process.stderr, { end: false });
    }
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    const done = (/** @type {boolean} */ ok, /** @type {string} */ extra) => {
      running.delete(child);
      resolve({ ok, seconds: (Date.now() - started) / 1000, output: output + extra });
    };
    child.once('error', (err) => {
      done(false, `\ncould not start ${command}: ${err.message}\n`);
    });
    child.once('close', (code, signal) => {
      const how = signal ?? String(code);
      done(code === 0, code === 0 ? '' : `\n${[command, ...args].join(' ')} exited with ${how}\n`);
    });
  });
}

const checks = run(process.execPath, ['scripts/checks.mjs', '--nice'], true).then((r) => {
  // One line in the middle of vitest's output; the checks' own output comes after vitest's.
  process.stdout.write(
    `\n== static checks ${r.ok ? 'passed' : 'FAILED'} (${r.seconds.toFixed(1)} s); their output follows the unit tests\n`,
  );
  return r;
});
/**
 * By default the end-to-end specs start, with their output held, as soon as vitest's first
 * group (`parallel` and `relay-two-at-a-time`, which leave no core idle) has passed, beside its
 * last group (`one-at-a-time`, one file at a time: about a core left over), one spec at a time
 * (`--workers=1`) at normal priority, so each side has about a core. The specs then run even
 * if the checks fail. Two workers at the lowest priority (tried first, 2026-12-06) finished
 * inside the last group twice, but once starved a pairing past a spec's 15 s limit.
 * MEOW_TEST_OVERLAP=0 runs them after vitest instead, two at a time.
 */
const OVERLAP = process.env.MEOW_TEST_OVERLAP !== '0';
/** `npm run test:e2e` with `extra` arguments for Playwright; see run() for `hold`. */
const e2eSpecs = (/** @type {boolean} */ hold, /** @type {string[]} */ extra = []) =>
  run(NPM, ['run', 'test:e2e', ...(extra.length > 0 ? ['--', ...extra] : [])], hold);
/** vitest.config.ts's projects by `sequence.groupOrder`. */
const FIRST_GROUP = [
  '--project',
  'parallel',
  '--project',
  'isolated',
  '--project',
  'relay-two-at-a-time',
];
const LAST_GROUP = ['--project', 'one-at-a-time'];

/**
 * The vitest suites (two runs, one per group, when overlapping), and the specs started beside
 * the last group, if any.
 * @returns {Promise<{ unit: { ok: boolean, seconds: number }, e2e?: ReturnType<typeof run> }>}
 */
async function unitTests() {
  if (!OVERLAP) {
    const all = await run(NPM, ['run', 'test:unit'], false);
    return { unit: { ...all, failures: failuresIn(all.output) } };
  }
  const first = await run(NPM, ['run', 'test:unit', '--', ...FIRST_GROUP], false);
  let e2e;
  if (first.ok) {
    process.stdout.write('\n== end-to-end specs started (output after the unit tests)\n');
    e2e = e2eSpecs(true, ['--workers=1']);
  }
  const last = await run(NPM, ['run', 'test:unit', '--', ...LAST_GROUP], false);
  const unit = {
    ok: first.ok && last.ok,
    seconds: first.seconds + last.seconds,
    failures: [...failuresIn(first.output), ...failuresIn(last.output)],
  };
  return { unit, e2e };
}

/**
 * The lines of vitest's closing report that name a failed test or file, each with the first
 * line of its error: the summary repeats them, since the report itself is followed by the
 * checks' output and CI shows only the end of the log.
 * @param {string} output
 * @returns {string[]}
 */
function failuresIn(output) {
  // eslint-disable-next-line no-control-regex -- vitest colours its output
  const lines = output.replace(/\x1b\[[0-9;]*m/g, '').split('\n');
  const found = [];
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i]?.trim() ?? '';
    if (!line.startsWith('FAIL ')) continue;
    const error = lines.slice(i + 1).find((next) => /\S/.test(next) && !/^\s*⎯/.test(next));
    found.push(`    ${line}${error ? `\n      ${error.trim()}` : ''}`);
  }
  return [...new Set(found)];
}

const { unit, e2e: started } = await unitTests();
const checked = await checks;

process.stdout.write(`\n== static checks (npm run checks)\n${checked.output}`);
if (!checked.output.endsWith('\n')) process.stdout.write('\n');
const line = (/** @type {string} */ name, /** @type {{ ok: boolean, seconds: number }} */ r) =>
  `  ${name}: ${r.ok ? 'ok' : 'FAILED'} (${r.seconds.toFixed(1)} s)\n`;
process.stdout.write(`\n== summary\n${line('static checks', checked)}${line('unit tests', unit)}`);
if (unit.failures.length > 0) process.stdout.write(`${unit.failures.join('\n')}\n`);
if (started) {
  const e2e = await started;
  process.stdout.write(`\n== end-to-end specs (npm run test:e2e)\n${e2e.output}`);
  process.stdout.write(`\n${line('end-to-end specs', e2e).trimStart()}`);
  const failed = [
    !checked.ok && 'static checks',
    !unit.ok && 'unit tests',
    !e2e.ok && 'end-to-end specs',
  ].filter(Boolean);
  if (failed.length > 0) {
    process.stderr.write(`\nnpm test: ${failed.join(', ')} failed\n`);
    process.exitCode = 1;
  }
} else if (!checked.ok || !unit.ok) {
  const failed = [!checked.ok && 'static checks', !unit.ok && 'unit tests'].filter(Boolean);
  process.stderr.write(`\nnpm test: ${failed.join(' and ')} failed; end-to-end specs not run\n`);
  process.exitCode = 1;
} else if (process.exitCode === undefined) {
  process.stdout.write('\n== end-to-end specs (npm run test:e2e)\n');
  const e2e = await e2eSpecs(false);
  process.stdout.write(`\n${line('end-to-end specs', e2e).trimStart()}`);
  if (!e2e.ok) process.exitCode = 1;
}
