// Generates proto/gen/messages.{js,d.ts} from proto/messages.proto with protobufjs-cli.
// `--check` regenerates into a temporary folder and fails if the committed output differs,
// so the generated code can never drift from the schema.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
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
  validateWithProtoc();
  const stale = ['messages.js', 'messages.d.ts'].filter((file) => {
    const committedPath = join(root, 'proto', 'gen', file);
    if (!existsSync(committedPath)) return true;
    return readFileSync(committedPath, 'utf8') !== readFileSync(join(outDir, file), 'utf8');
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

// An independent parser (Google's protoc) must accept the schema too, so it stays usable from
// other languages. protoc is a CI system package; on a machine without it this step is skipped
// with a notice rather than failing the developer's run.
function validateWithProtoc() {
  try {
    execFileSync('protoc', ['--version'], { stdio: 'ignore' });
  } catch {
    console.warn('protoc not installed: skipping the independent schema check');
    return;
  }
  execFileSync(
    'protoc',
    [`-I${join(root, 'proto')}`, '--descriptor_set_out=/dev/null', 'messages.proto'],
    {
      stdio: 'inherit',
    },
  );
  console.log('protoc accepts proto/messages.proto');
}
