import { defineConfig } from 'vitest/config';

// Tests that start processes of their own: the supervisor, the embedded PostgreSQL, backups, the CLI
// and the build and lint scripts (scripts/**).
const processTests = [
  'apps/server/src/supervisor.test.ts',
  'apps/server/src/platform/crash.test.ts',
  'apps/server/src/platform/db/embedded.test.ts',
  'apps/server/src/platform/db/backup.test.ts',
  'scripts/**/*.test.ts',
];

export default defineConfig({
  test: {
    // 2 cores: two workers; each test file gets its own database cloned from a template.
    pool: 'forks',
    maxWorkers: 2,
    fileParallelism: true,
    testTimeout: 30_000,
    hookTimeout: 120_000,
    reporters: ['default'],
    projects: [
      {
        extends: true,
        test: {
          name: 'server',
          include: ['apps/server/src/**/*.test.ts', 'packages/**/*.test.ts'],
          exclude: processTests,
          globalSetup: ['apps/server/src/test/global-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          // Slow, process-level tests (child processes, an embedded PostgreSQL, the CLI, backups):
          // their own project, still part of `npm test`; `test:unit` leaves them out.
          name: 'process',
          include: processTests,
          globalSetup: ['apps/server/src/test/global-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['e2e/**/*.test.ts'],
          globalSetup: ['apps/server/src/test/global-setup.ts'],
          testTimeout: 90_000,
          maxWorkers: 1,
        },
      },
      {
        extends: true,
        test: {
          // The web app's pure helpers: no database, no DOM; runs in seconds.
          name: 'web',
          include: ['apps/web/src/**/*.test.ts'],
          environment: 'node',
          testTimeout: 5_000,
          // Pure functions, no shared state: one module graph for all files (contracts/zod load once).
          isolate: false,
        },
      },
    ],
  },
});
