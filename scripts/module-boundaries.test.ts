import fs from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';
import config from '../vitest.config';
import { repoRoot } from './cli.test-support';

// Module boundaries (docs/architecture.md §5.4) as lint: another module's tables only in *.tables.ts (foreign
// keys) and platform/db/schema.ts; cross-module reads through the owner's views or index.ts.
let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: repoRoot });
});

async function boundaryHits(filePath: string, code: string): Promise<number> {
  const [result] = await eslint.lintText(code, { filePath: `${repoRoot}/${filePath}` });
  return result!.messages.filter((m) => m.ruleId === 'import-x/no-restricted-paths').length;
}

const importTables = "import { agency } from '../org/org.tables';\nexport const x = agency;\n";

describe('module boundaries in lint', () => {
  it('refuses another module’s tables in a repo, a service or a test', async () => {
    for (const file of ['portal/portal-x.repo.ts', 'reports/x.service.ts', 'plans/x.test.ts'])
      expect(await boundaryHits(`apps/server/src/modules/${file}`, importTables), file).toBe(1);
    const bench =
      "import { agency } from '../../apps/server/src/modules/org/org.tables';\nexport const x = agency;\n";
    expect(await boundaryHits('bench/lib/x.ts', bench)).toBe(1);
  });

  it('allows them in *.tables.ts (foreign keys) and the owner’s views or index.ts anywhere', async () => {
    expect(await boundaryHits('apps/server/src/modules/portal/portal-x.tables.ts', importTables)).toBe(0);
    const views =
      "import { agencyLabel } from '../org/org.views';\nimport { LY_SON } from '../org';\nexport const x = [agencyLabel, LY_SON];\n";
    expect(await boundaryHits('apps/server/src/modules/reports/x.repo.ts', views)).toBe(0);
  });

  it('refuses another module’s inner files (its repo, its services)', async () => {
    const repo = "import { getAgency } from '../org/org.repo';\nexport const x = getAgency;\n";
    expect(await boundaryHits('apps/server/src/modules/plans/x.service.ts', repo)).toBe(1);
  });
});

describe('test projects', () => {
  it('runs every test that starts processes in the "process" project, and only there', () => {
    type Project = { test: { name: string; include: string[]; exclude?: string[] } };
    const projects = (config.test?.projects ?? []) as Project[];
    const project = (name: string) => projects.find((p) => p.test.name === name)!.test;
    const matches = (f: string, globs: string[] = []) => globs.some((g) => path.matchesGlob(f, g));
    const spawning = [...listTests('apps/server/src'), ...listTests('scripts')].filter((f) =>
      /node:child_process|platform\/db\/embedded'|cli\.test-support/.test(
        fs.readFileSync(path.join(repoRoot, f), 'utf8'),
      ),
    );
    expect(spawning.length).toBeGreaterThan(3);
    for (const f of spawning) {
      expect(matches(f, project('process').include), `${f} in process`).toBe(true);
      expect(matches(f, project('server').exclude), `${f} out of server`).toBe(true);
    }
  });
});

/** Test files under a folder of the repository, as repository-relative paths. */
function listTests(dir: string): string[] {
  return fs
    .readdirSync(path.join(repoRoot, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.test.ts') && !e.parentPath.includes('node_modules'))
    .map((e) => path.relative(repoRoot, path.join(e.parentPath, e.name)));
}
