// House rules that lint can hold (docs/architecture.md §5.16): module boundaries, no process.env, no cycles.
import fs from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import globals from 'globals';
import houseRules from './scripts/eslint-house-rules.mjs';

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
// another module's *.tables.ts, for foreign keys, and by platform/db/schema.ts (docs/architecture.md §5.4).
const moduleZones = serverModules.flatMap((m) => [
  {
    target: `./apps/server/src/modules/!(${m})/**`,
    from: `./apps/server/src/modules/${m}`,
    except: ['./index.ts', `./${m}.tables.ts`, `./${m}.views.ts`],
    message: `Modules talk to "${m}" only through its index.ts or its views (docs/architecture.md §5.4).`,
  },
  {
    target: [
      `./apps/server/src/modules/!(${m})/**/!(*.tables).ts`,
      './apps/server/src/!(modules)/**/!(schema).ts',
      './{bench,scripts,e2e}/**',
    ],
    from: `./apps/server/src/modules/${m}/${m}.tables.ts`,
    message: `Only *.tables.ts files import the tables of "${m}" (for foreign keys); read its data through its *.views.ts or index.ts (docs/architecture.md §5.4).`,
  },
]);
// Web features never import each other.
const featureZones = webFeatures.map((f) => ({
  target: `./apps/web/src/features/!(${f})/**`,
  from: `./apps/web/src/features/${f}`,
  message:
    'Features never import each other (docs/architecture.md §5.5); move shared code to components/ or lib/.',
}));

// Test code: exempt from the function-length limit (a describe callback is a list of cases) and
// free to query the database directly to assert stored state.
const testFiles = [
  '**/*.test.ts',
  '**/*.test-support.ts',
  '**/*-test-kit.ts',
  '**/test-fixtures.ts',
  '**/fixtures/**',
  'apps/server/src/modules/reports/documents/fixtures.ts',
  'apps/server/src/test/**',
  'e2e/**',
];
const lines = (max) => ({ max, skipBlankLines: true, skipComments: true });
const drizzleOnlyInRepos =
  'drizzle-orm is imported only by *.repo.ts, *.tables.ts, *.views.ts and platform/db (docs/architecture.md §5.3): move the query into the module’s repo.';
// Each workspace declares what it imports; root devDependencies serve tests, tools and config files.
// Root code (scripts, bench, e2e) drives the server, so the server's dependencies count for it too.
const declared = (packageDir, devDependencies = false) => [
  'error',
  {
    packageDir,
    devDependencies,
    optionalDependencies: false,
    peerDependencies: false,
  },
];

// House rules as lint (docs/architecture.md §5).
const houseRuleConfigs = [
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    plugins: { vte: houseRules },
    rules: {
      'vte/kebab-case-file-name': 'error',
      'max-lines': ['error', lines(400)],
      'max-lines-per-function': ['error', { ...lines(80), IIFEs: true }],
      'import-x/no-extraneous-dependencies': declared(['.', 'apps/server'], true),
    },
  },
  // A React component (or its hook) carries its markup and state too: a higher limit than logic.
  {
    files: ['**/*.tsx', 'apps/web/src/**/use-*.ts'],
    rules: { 'max-lines-per-function': ['error', lines(200)] },
  },
  // Measurement and operator scripts: long linear scenarios.
  { files: ['bench/**', 'scripts/**'], rules: { 'max-lines-per-function': ['error', lines(150)] } },
  { files: testFiles, rules: { 'max-lines-per-function': 'off' } },
  {
    files: ['apps/server/src/**'],
    ignores: testFiles,
    rules: { 'import-x/no-extraneous-dependencies': declared(['apps/server']) },
  },
  {
    files: ['apps/web/src/**'],
    ignores: testFiles,
    rules: { 'import-x/no-extraneous-dependencies': declared(['apps/web']) },
  },
  {
    files: ['packages/contracts/src/**'],
    ignores: testFiles,
    rules: { 'import-x/no-extraneous-dependencies': declared(['packages/contracts']) },
  },
  {
    files: ['apps/server/src/**/*.test.ts'],
    rules: { 'import-x/no-extraneous-dependencies': declared(['apps/server', '.'], true) },
  },
  {
    files: ['apps/web/src/**/*.test.ts'],
    rules: { 'import-x/no-extraneous-dependencies': declared(['apps/web', '.'], true) },
  },
  {
    files: ['apps/server/src/**/*.ts'],
    ignores: [
      ...testFiles,
      '**/*.repo.ts',
      '**/*.tables.ts',
      '**/*.views.ts',
      'apps/server/src/platform/db/**',
    ],
    rules: {
      // Type-only imports too: the transaction type is platform/db's `Exec`.
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'drizzle-orm', message: drizzleOnlyInRepos }],
          patterns: [{ group: ['drizzle-orm/*'], message: drizzleOnlyInRepos }],
        },
      ],
    },
  },
  {
    // The platform serves the modules and never depends on one; the schema list is the exception.
    files: ['apps/server/src/platform/**/*.ts'],
    ignores: [...testFiles, 'apps/server/src/platform/db/schema.ts'],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './apps/server/src/platform',
              from: './apps/server/src/modules',
              message:
                'platform/ never imports from modules/ (docs/architecture.md §5.4): pass what it needs in, or move the code into the module.',
            },
          ],
        },
      ],
    },
  },
];

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
          message: 'Read configuration through config.ts (docs/architecture.md §5.12).',
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
              message: 'The web and contracts never import the server (docs/architecture.md §5.5).',
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
  ...houseRuleConfigs,
);
