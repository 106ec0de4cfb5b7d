// House rules that lint can hold (DESIGN.md §5.16): module boundaries, no process.env, no cycles.
import fs from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import globals from 'globals';

const dirs = (p) =>
  fs.existsSync(p)
    ? fs
        .readdirSync(p, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
    : [];
const serverModules = dirs('apps/server/src/modules');
const webFeatures = dirs('apps/web/src/features');

// A module may be reached by another only through its index.ts (its tables, for foreign keys and joins).
const moduleZones = serverModules.map((m) => ({
  target: `./apps/server/src/modules/!(${m})/**`,
  from: `./apps/server/src/modules/${m}`,
  except: ['./index.ts', `./${m}.tables.ts`],
  message: `Modules talk to "${m}" only through its index.ts (DESIGN.md §5.4).`,
}));
// Web features never import each other.
const featureZones = webFeatures.map((f) => ({
  target: `./apps/web/src/features/!(${f})/**`,
  from: `./apps/web/src/features/${f}`,
  message: 'Features never import each other (DESIGN.md §5.5); move shared code to components/ or lib/.',
}));

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'apps/server/migrations/**',
      'data/**',
      'bench/results/**',
      'coverage/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    plugins: { 'import-x': importX },
    languageOptions: { globals: { ...globals.node } },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs'] })],
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-properties': [
        'error',
        {
          object: 'process',
          property: 'env',
          message: 'Read configuration through config.ts (DESIGN.md §5.12).',
        },
      ],
      'import-x/no-restricted-paths': ['error', { zones: [...moduleZones, ...featureZones] }],
      'import-x/no-cycle': ['error', { maxDepth: 10 }],
    },
  },
  {
    files: ['apps/server/src/config.ts'],
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    files: ['apps/web/**/*.{ts,tsx}', 'packages/contracts/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/apps/server/**', '@vte/server', '@vte/server/*', '**/server/src/**'],
              message: 'The web and contracts never import the server (DESIGN.md §5.5).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.test.ts', 'e2e/**', 'bench/**', 'scripts/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
