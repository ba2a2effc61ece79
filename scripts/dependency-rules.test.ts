import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

/**
 * The layer rules of DESIGN.md §2 live in eslint.config.js; this proves they bite. Each case
 * lints a one-line source as if it lived at `file` (type-aware rules are off: the files are
 * virtual).
 */
const eslint = new ESLint({
  cwd: process.cwd(),
  overrideConfig: [tseslint.configs.disableTypeChecked],
});

async function violations(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${source}\nexport {};\n`, { filePath: file });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId?.endsWith('no-restricted-imports'))
    .map((m) => m.message);
}

const cases: [file: string, source: string, allowed: boolean][] = [
  ['core/envelope/x.ts', "import 'node:fs';", false],
  ['core/envelope/x.ts', "import 'libsodium-wrappers-sumo';", false],
  ['core/crypto/x.ts', "import 'libsodium-wrappers-sumo';", true],
  ['core/envelope/x.ts', "import '../../main/client/x';", false],
  ['core/envelope/x.ts', "import '../../proto';", true],
  ['core/envelope/x.ts', "import './server';", true],
  ['core/envelope/x.test.ts', "import 'node:crypto';", true],
  ['server/http/x.ts', "import '../../main/storage/x';", false],
  ['server/http/x.ts', "import '../../core/envelope';", true],
  ['server/http/x.ts', "import 'electron';", false],
  ['main/client/x.ts', "import 'electron';", false],
  ['main/client/x.ts', "import 'libsodium-wrappers-sumo';", false],
  ['main/electron/x.ts', "import 'electron';", true],
  ['preload/x.ts', "import 'electron';", true],
  ['renderer/x.ts', "import 'electron';", false],
  ['renderer/x.ts', "import 'node:path';", false],
  ['renderer/x.ts', "import { x } from '../main/api';", false],
  ['renderer/x.ts', "import type { X } from '../main/api';", false],
  ['renderer/src/x.ts', "import type { X } from '../../main/api/contract';", false],
  ['renderer/src/x.ts', "import { COMMAND_NAMES } from '../../main/api/public';", false],
  ['renderer/src/x.ts', "import type { MeowApi } from '@meow/contract';", true],
  ['renderer/src/x.tsx', "import { COMMAND_NAMES, type MeowApi } from '@meow/contract';", true],
  ['renderer/x.ts', "import type { X } from '../main/client/x';", false],
  ['renderer/x.ts', "import '../core/crypto';", false],
];

describe('DESIGN.md §2 dependency rules are enforced by lint', () => {
  it.each(cases)('%s: %s → allowed=%s', async (file, source, allowed) => {
    const found = await violations(file, source);
    expect(found.length === 0).toBe(allowed);
  });
});
