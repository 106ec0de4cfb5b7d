import fs from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from './cli.test-support';

// The house rules in eslint.config.js (docs/architecture.md §5) fail on a violation:
// each case lints a small source text as if it were the named file of the repository.
let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: repoRoot });
});

async function rulesHit(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${repoRoot}/${filePath}` });
  return result!.messages.map((m) => m.ruleId ?? m.message);
}

const fn = (name: string, statements: number) =>
  `export function ${name}(): number {\n  let n = 0;\n${'  n += 1;\n'.repeat(statements)}  return n;\n}\n`;
const manyLines = (n: number) =>
  Array.from({ length: n }, (_, i) => `export const value${i} = ${i};`).join('\n') + '\n';

describe('house rules in lint', () => {
  it('refuses a file of more than 400 lines of code, blank lines and comments not counted', async () => {
    const file = 'apps/server/src/modules/org/long-file.ts';
    expect(await rulesHit(file, manyLines(401))).toContain('max-lines');
    const padded = manyLines(400) + '\n// a comment\n\n'.repeat(50);
    expect(await rulesHit(file, padded)).not.toContain('max-lines');
  });

  it('refuses a server function over 80 lines, a component over 200; tests are exempt', async () => {
    expect(await rulesHit('apps/server/src/modules/org/long-fn.ts', fn('f', 80))).toContain(
      'max-lines-per-function',
    );
    expect(await rulesHit('apps/server/src/modules/org/short-fn.ts', fn('f', 70))).toEqual([]);
    expect(await rulesHit('apps/web/src/components/long-view.tsx', fn('View', 120))).toEqual([]);
    expect(await rulesHit('apps/web/src/components/long-view.tsx', fn('View', 200))).toContain(
      'max-lines-per-function',
    );
    expect(await rulesHit('apps/server/src/modules/org/org-long.test.ts', fn('f', 300))).toEqual([]);
  });

  it('allows drizzle-orm only in repos, tables, views and platform/db (type imports too)', async () => {
    const value = "import { sql } from 'drizzle-orm';\nexport const q = sql`select 1`;\n";
    const type = "import type { SQL } from 'drizzle-orm';\nexport type Q = SQL;\n";
    const sub = "import { pgTable } from 'drizzle-orm/pg-core';\nexport const t = pgTable;\n";
    expect(await rulesHit('apps/server/src/modules/org/units.service.ts', value)).toContain(
      'no-restricted-imports',
    );
    expect(await rulesHit('apps/server/src/modules/org/units.service.ts', type)).toContain(
      'no-restricted-imports',
    );
    expect(await rulesHit('apps/server/src/platform/http/route.ts', sub)).toContain('no-restricted-imports');
    expect(await rulesHit('apps/server/src/modules/org/org.repo.ts', value)).toEqual([]);
    expect(await rulesHit('apps/server/src/modules/org/org.tables.ts', sub)).toEqual([]);
    expect(await rulesHit('apps/server/src/platform/db/pool.ts', value)).toEqual([]);
  });

  it('keeps platform/ from importing modules/, except the schema list', async () => {
    const code = "export * from '../../modules/org/org.tables';\n";
    expect(await rulesHit('apps/server/src/platform/jobs/probe.ts', code)).toContain(
      'import-x/no-restricted-paths',
    );
    expect(await rulesHit('apps/server/src/platform/db/schema.ts', code)).toEqual([]);
  });

  it('refuses a file or folder name that is not kebab-case', async () => {
    const code = 'export const x = 1;\n';
    expect(await rulesHit('apps/server/src/modules/org/camelCase.ts', code)).toContain(
      'vte/kebab-case-file-name',
    );
    expect(await rulesHit('apps/web/src/features/someFeature/x.ts', code)).toContain(
      'vte/kebab-case-file-name',
    );
    expect(await rulesHit('apps/server/src/modules/org/org.seed-data.ts', code)).toEqual([]);
  });

  it('refuses an import of a package the workspace does not declare', async () => {
    const code = (pkg: string) => `import x from '${pkg}';\nexport default x;\n`;
    expect(await rulesHit('apps/server/src/modules/org/probe.ts', code('react'))).toContain(
      'import-x/no-extraneous-dependencies',
    );
    expect(await rulesHit('packages/contracts/src/probe.ts', code('fastify'))).toContain(
      'import-x/no-extraneous-dependencies',
    );
    expect(await rulesHit('apps/web/src/lib/probe.ts', code('pg'))).toContain(
      'import-x/no-extraneous-dependencies',
    );
    expect(await rulesHit('apps/server/src/modules/org/probe.ts', code('zod'))).toEqual([]);
    expect(await rulesHit('apps/web/src/lib/probe.ts', code('@vte/contracts'))).toEqual([]);
  });
});

describe('the project carries its own design', () => {
  const sourceFiles = (dir: string): string[] =>
    fs.readdirSync(path.join(repoRoot, dir), { withFileTypes: true }).flatMap((e) => {
      const rel = path.join(dir, e.name);
      if (e.isDirectory())
        return ['node_modules', 'dist', 'results'].includes(e.name) ? [] : sourceFiles(rel);
      return /\.(ts|tsx|js|mjs|md|json)$/.test(e.name) ? [rel] : [];
    });

  it('cites docs/architecture.md, never a design note outside the repository', () => {
    // Built from parts so this file does not match itself.
    const outside = new RegExp(
      ['DESIGN', 'DOMAIN'].map((n) => `${n}\\.md`).join('|') + '|reference/[\\w-]+\\.md',
    );
    const files = [
      ...['apps', 'packages', 'scripts', 'bench', 'e2e', 'docs'].flatMap(sourceFiles),
      'README.md',
      'eslint.config.js',
      'vitest.config.ts',
    ];
    const citing = files.filter((f) => outside.test(fs.readFileSync(path.join(repoRoot, f), 'utf8')));
    expect(citing).toEqual([]);
  });

  it('names every file and folder in kebab-case, stylesheets and fixtures too (lint sees only code)', () => {
    const walk = (dir: string): string[] =>
      fs.readdirSync(path.join(repoRoot, dir), { withFileTypes: true }).flatMap((e) => {
        const rel = path.join(dir, e.name);
        if (e.name.startsWith('.')) return []; // .gitkeep, editor files
        if (!e.isDirectory()) return [rel];
        return ['node_modules', 'dist', 'results', 'migrations'].includes(e.name) ? [] : [rel, ...walk(rel)];
      });
    const kebab = /^[a-z0-9]+(-[a-z0-9]+)*$/;
    const badName = (rel: string) => {
      const base = path.basename(rel);
      const parts = base.includes('.') ? base.split('.').slice(0, -1) : [base];
      return parts.some((p) => !kebab.test(p));
    };
    const files = ['apps', 'packages', 'scripts', 'bench', 'e2e', 'docs'].flatMap(walk);
    expect(files.filter(badName)).toEqual([]);
    expect(badName('apps/web/src/app/someStyles.css')).toBe(true);
  });

  it('names every server module in docs/architecture.md §1', () => {
    const doc = fs.readFileSync(path.join(repoRoot, 'docs/architecture.md'), 'utf8');
    const modules = fs.readdirSync(path.join(repoRoot, 'apps/server/src/modules'));
    expect(modules.filter((m) => !doc.includes(`| \`${m}\``))).toEqual([]);
  });
});
