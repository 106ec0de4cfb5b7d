// CI check: the committed migrations match the Drizzle schema (docs/architecture.md §5.13). Runs `drizzle-kit check` and `drizzle-kit generate` on a throw-away
// copy of apps/server/migrations; any file generate would add or change means someone edited a
// *.tables.ts without running `npm run db:generate`. drizzle-kit exits 0 even on errors and asks
// questions on renames, so the verdict comes from its output and from comparing the folders.
//
//   node scripts/check-migrations.mjs [--schema <file>]   (default: the schema list in platform/db)
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const migrations = path.join(root, 'apps/server/migrations');
const args = process.argv.slice(2);
const schemaArg = args.indexOf('--schema');
// Same schema as apps/server/drizzle.config.ts; a test passes its own to prove the check can fail.
const schema = schemaArg >= 0 ? args[schemaArg + 1] : './apps/server/src/platform/db/schema.ts';
const kit = path.join(root, 'node_modules/drizzle-kit/bin.cjs');

/** Relative path → sha256 of every file under dir. */
function tree(dir) {
  const out = new Map();
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else
        out.set(path.relative(dir, p), crypto.createHash('sha256').update(fs.readFileSync(p)).digest('hex'));
    }
  };
  walk(dir);
  return out;
}

function drizzleKit(command, out) {
  // drizzle-kit prefixes "./" to --out, so it must be relative to the working directory.
  const rel = path.relative(root, out);
  const r = spawnSync(
    process.execPath,
    [
      kit,
      command,
      '--dialect',
      'postgresql',
      '--out',
      rel,
      ...(command === 'generate' ? ['--schema', schema] : []),
    ],
    {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  return { code: r.status, output: `${r.stdout}${r.stderr}` };
}

function fail(message, output) {
  console.error(`check-migrations: ${message}`);
  if (output) console.error(output.trim());
  process.exit(1);
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vte-migrations-'));
try {
  const copy = path.join(tmp, 'migrations');
  fs.cpSync(migrations, copy, { recursive: true });
  const before = tree(copy);

  const check = drizzleKit('check', copy);
  if (check.code !== 0 || /error/i.test(check.output)) {
    fail('drizzle-kit check finds the migration snapshots inconsistent.', check.output);
  }

  const gen = drizzleKit('generate', copy);
  const after = tree(copy);
  const changed = [...after].filter(([f, h]) => before.get(f) !== h).map(([f]) => f);
  if (!/No schema changes/.test(gen.output) || changed.length > 0) {
    fail(
      'the Drizzle schema (*.tables.ts) and apps/server/migrations differ.\n' +
        '  Run `npm run db:generate`, review the SQL and commit it with the schema change.\n' +
        (changed.length ? `  drizzle-kit would write: ${changed.join(', ')}\n` : '') +
        '  drizzle-kit said:',
      gen.output,
    );
  }
  console.log('check-migrations: schema and migrations agree.');
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
