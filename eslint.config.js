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

// A module is reached by another only through its index.ts and its views (*.views.ts: the
// cross-module reads, SQL views made in migrations). Its tables are imported elsewhere only by
// another module's *.tables.ts, for foreign keys, and by platform/db/schema.ts (DESIGN.md §5.4).
const moduleZones = serverModules.flatMap((m) => [
  {
    target: `./apps/server/src/modules/!(${m})/**`,
    from: `./apps/server/src/modules/${m}`,
    except: ['./index.ts', `./${m}.tables.ts`, `./${m}.views.ts`],
    message: `Modules talk to "${m}" only through its index.ts or its views (DESIGN.md §5.4).`,
  },
  {
    target: [
      `./apps/server/src/modules/!(${m})/**/!(*.tables).ts`,
      './apps/server/src/!(modules)/**/!(schema).ts',
      './{bench,scripts,e2e}/**',
    ],
    from: `./apps/server/src/modules/${m}/${m}.tables.ts`,
    message: `Only *.tables.ts files import the tables of "${m}" (for foreign keys); read its data through its *.views.ts or index.ts (DESIGN.md §5.4).`,
  },
]);
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
