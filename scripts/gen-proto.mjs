// Generates proto/gen/messages.{js,d.ts} from proto/messages.proto with protobufjs-cli.
// `--check` regenerates into a temporary folder and fails if the committed output differs,
// so the generated code can never drift from the schema.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const check = process.argv.includes('--check');
const outDir = check ? mkdtempSync(join(tmpdir(), 'meow-proto-')) : join(root, 'proto', 'gen');
mkdirSync(outDir, { recursive: true });

const js = join(outDir, 'messages.js');
const dts = join(outDir, 'messages.d.ts');
const pbjsArgs = ['-t', 'static-module', '-w', 'esm', '--force-number', '--no-service'];
execFileSync(bin('pbjs'), [...pbjsArgs, '-o', js, join(root, 'proto', 'messages.proto')], {
  stdio: 'inherit',
});
execFileSync(bin('pbts'), ['--no-comments', '-o', dts, js], { stdio: 'inherit' });

if (check) {
  const stale = ['messages.js', 'messages.d.ts'].filter((file) => {
    let committed = '';
    try {
      committed = readFileSync(join(root, 'proto', 'gen', file), 'utf8');
    } catch {
      return true;
    }
    return committed !== readFileSync(join(outDir, file), 'utf8');
  });
  rmSync(outDir, { recursive: true, force: true });
  if (stale.length > 0) {
    console.error(
      `proto/gen is out of date (${stale.join(', ')}): run \`npm run proto\` and commit.`,
    );
    process.exit(1);
  }
  console.log('proto/gen matches proto/messages.proto');
}
