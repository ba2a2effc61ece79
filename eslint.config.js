// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Dependency rules of DESIGN.md §2, enforced here rather than by goodwill:
 * - core imports only proto (and libsodium, only from core/crypto); no node:*, no electron;
 * - server imports only core and proto;
 * - renderer reaches main/ only through the API contract '@meow/contract' (main/api/public.ts:
 *   types and name lists), never electron, node:*, core or other main code;
 * - only main/electron and preload import electron.
 */
const electron = {
  group: ['electron', 'electron/*'],
  message: 'Only main/electron and preload may import electron (DESIGN.md §2).',
};
const sodium = {
  group: ['libsodium-wrappers-sumo', 'libsodium-wrappers', 'libsodium*', 'sodium-native'],
  message:
    'Only core/crypto may import libsodium (DESIGN.md §2); hosts load sodium-native at run time and hand it to core/crypto (native-sodium.ts).',
};
const nodeBuiltins = {
  group: ['node:*'],
  message: 'This layer must not use Node built-ins (DESIGN.md §2).',
};
// Relative imports that climb out to a top-level layer folder, e.g. '../../server/http'.
const layer = (name) => ({
  regex: `^(\\.\\./)+${name}(/|$)`,
  message: `This layer must not import ${name}/ (DESIGN.md §2).`,
});

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'dist/**',
      'out/**',
      'coverage/**',
      'proto/gen/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js', '*.mjs', 'scripts/*.mjs'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-imports': ['error', { patterns: [electron, sodium] }],
      complexity: ['warn', 15],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['core/**/*.ts'],
    ignores: ['core/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            electron,
            nodeBuiltins,
            layer('main'),
            layer('server'),
            layer('renderer'),
            layer('preload'),
          ],
        },
      ],
    },
  },
  {
    files: ['core/**/*.ts'],
    ignores: ['core/crypto/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            electron,
            sodium,
            nodeBuiltins,
            layer('main'),
            layer('server'),
            layer('renderer'),
            layer('preload'),
          ],
        },
      ],
    },
  },
  {
    // Tests may cross-check against node:crypto, but still respect the layer boundaries.
    files: ['core/**/*.test.ts'],
    ignores: ['core/crypto/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            electron,
            sodium,
            layer('main'),
            layer('server'),
            layer('renderer'),
            layer('preload'),
          ],
        },
      ],
    },
  },
  {
    files: ['core/crypto/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [electron, layer('main'), layer('server'), layer('renderer'), layer('preload')],
        },
      ],
    },
  },
  {
    files: ['server/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [electron, sodium, layer('main'), layer('renderer'), layer('preload')] },
      ],
    },
  },
  {
    files: ['main/**/*.ts'],
    ignores: ['main/electron/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [electron, sodium, layer('renderer'), layer('preload'), layer('server')] },
      ],
    },
  },
  {
    // The relay this computer hosts (issue 15) is started by this one module; the
    // dependency check (.dependency-cruiser.mjs) lets it reach only server/relay and config.
    files: ['main/hosting/own-relay.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [electron, sodium, layer('renderer'), layer('preload')] },
      ],
    },
  },
  {
    files: ['main/electron/**/*.ts', 'preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [sodium, layer('renderer'), layer('server')] },
      ],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            electron,
            sodium,
            nodeBuiltins,
            layer('core'),
            layer('server'),
            layer('preload'),
            layer('proto'),
            {
              // Not even types: the one way in is the alias of main/api/public.ts.
              regex: '^(\\.\\./)+main(/|$)',
              message:
                "The renderer reaches main/ only through the API contract, '@meow/contract' (DESIGN.md §2).",
            },
          ],
        },
      ],
    },
  },
);
