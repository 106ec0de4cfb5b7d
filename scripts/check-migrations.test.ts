import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from './cli.test-support';

// The CI check `node scripts/check-migrations.mjs` (in .ci/run): it passes on the committed tree and
// fails, naming the fix, when a table exists in the schema but in no migration.
const run = (...args: string[]) =>
  spawnSync(process.execPath, ['scripts/check-migrations.mjs', ...args], { cwd: repoRoot, encoding: 'utf8' });

describe('check-migrations', () => {
  // Inside the repository (gitignored) so drizzle-kit resolves drizzle-orm from node_modules.
  const dir = path.join(repoRoot, '.vitest-tmp');
  const probe = path.join(dir, `probe-${crypto.randomBytes(4).toString('hex')}.ts`);
  afterAll(() => fs.rmSync(probe, { force: true }));

  it('passes when the migrations match the schema', () => {
    const r = run();
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  }, 60_000);

  it('fails when a table was added to the schema without generating its migration', () => {
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(
      probe,
      "import { integer, pgTable } from 'drizzle-orm/pg-core';\n" +
        "export * from '../apps/server/src/platform/db/schema';\n" +
        "export const probe = pgTable('migration_check_probe', { id: integer().primaryKey() });\n",
    );
    const r = run('--schema', `./${path.relative(repoRoot, probe)}`);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('npm run db:generate');
    expect(r.stderr).toContain('migration_check_probe');
  }, 60_000);
});
