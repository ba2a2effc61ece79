/**
 * The layer and cycle rules of .dependency-cruiser.mjs (run on the real tree by `npm run deps`
 * in `npm test`) bite: a small tree with one upward import per rule, a cycle, and imports that
 * are allowed is cruised with the project's own configuration, and exactly the deliberate
 * violations are reported, each by the rule meant to catch it.
 */
import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { makeTempDir, type TempDir } from '../testkit/tmp';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '..');
const DEPCRUISE = join(ROOT, 'node_modules', '.bin', 'depcruise');

/** file → its source; every file exports something so it is a module. */
const TREE: Record<string, string> = {
  'core/a.ts': "import { x } from '../main/client/x';\nexport const a = x;",
  'core/ok.ts': "import { p } from '../proto/p';\nexport const ok = p;",
  'proto/p.ts': 'export const p = 1;',
  'server/s.ts': "import { c } from '../main/api/contract';\nexport const s = c;",
  'server/t.ts': "import { b } from '../bench/b';\nexport const t = b;",
  'server/ok.ts': "import { ok } from '../core/ok';\nexport const sok = ok;",
  'bench/b.ts': 'export const b = 1;',
  'main/storage/st.ts': "import { x } from '../client/x';\nexport const st = x;",
  'main/client/x.ts': "import { c } from '../api/contract';\nexport const x = c;",
  'main/client/c1.ts': "import { c2 } from './c2';\nexport const c1 = (): number => c2();",
  'main/client/c2.ts': "import { c1 } from './c1';\nexport const c2 = (): number => c1();",
  'main/client/engine/en.ts': "import { inner } from '../devices/inner';\nexport const en = inner;",
  'main/client/engine/ok.ts': "import { entry } from '../devices';\nexport const eok = entry;",
  'main/client/devices/inner.ts': 'export const inner = 1;',
  'main/client/devices/index.ts': "export { inner as entry } from './inner';",
  'main/api/contract.ts': "import { e } from '../electron/e';\nexport const c = e;",
  'main/api/public.ts': 'export const pub = 1;',
  'main/electron/e.ts': "import { w } from '../webhost/w';\nexport const e = w;",
  'main/webhost/w.ts': 'export const w = 1;',
  'main/hosting/h.ts': "import { cli } from '../cli/c';\nexport const h = cli;",
  'main/cli/c.ts': 'export const cli = 1;',
  'renderer/r.ts': "import { x } from '../main/client/x';\nexport const r = x;",
  'renderer/ok.ts': "import { pub } from '../main/api/public';\nexport const rok = pub;",
  'preload/p.ts': "import { st } from '../main/storage/st';\nexport const pre = st;",
};

/** The deliberate violations: rule → the importing file. */
const EXPECTED: [rule: string, from: string][] = [
  ['core-is-the-bottom', 'core/a.ts'],
  ['server-on-core-only', 'server/s.ts'],
  ['server-code-not-on-tools', 'server/t.ts'],
  ['storage-below-client', 'main/storage/st.ts'],
  ['client-below-api', 'main/client/x.ts'],
  ['no-circular', 'main/client/c1.ts'], // a cycle is reported once
  ['engine-uses-the-devices-entry', 'main/client/engine/en.ts'],
  ['api-below-hosts', 'main/api/contract.ts'],
  ['hosts-apart', 'main/electron/e.ts'],
  ['hosting-below-hosts', 'main/hosting/h.ts'],
  ['renderer-sees-only-the-contract', 'renderer/r.ts'],
  ['preload-sees-only-the-contract', 'preload/p.ts'],
];

interface Report {
  readonly summary: {
    readonly violations: readonly { rule: { name: string }; from: string }[];
  };
}

let dir: TempDir | undefined;
let found: [rule: string, from: string][] = [];

beforeAll(async () => {
  dir = await makeTempDir('meow-depcruise-');
  const tsconfig = { compilerOptions: { module: 'ESNext', moduleResolution: 'Bundler' } };
  await writeFile(join(dir.path, 'tsconfig.json'), JSON.stringify(tsconfig));
  for (const [file, source] of Object.entries(TREE)) {
    await mkdir(dirname(join(dir.path, file)), { recursive: true });
    await writeFile(join(dir.path, file), `${source}\n`);
  }
  const args = ['--config', join(ROOT, '.dependency-cruiser.mjs'), '--output-type', 'json'];
  const folders = ['core', 'proto', 'server', 'bench', 'main', 'renderer', 'preload'];
  // depcruise exits non-zero when it finds violations: the report is on stdout either way.
  const output = await run(DEPCRUISE, [...args, ...folders], { cwd: dir.path }).catch(
    (err: unknown) => ({ stdout: (err as { stdout?: string }).stdout ?? '' }),
  );
  const report = JSON.parse(output.stdout) as Report;
  found = report.summary.violations.map((v) => [v.rule.name, v.from]);
}, 60_000);

afterAll(async () => {
  await dir?.cleanup();
});

it('reports every deliberate upward import and cycle by its rule, and nothing else', () => {
  const sort = (list: [string, string][]) =>
    [...list].sort((a, b) => a.join().localeCompare(b.join()));
  expect(sort(found)).toEqual(sort(EXPECTED));
});
