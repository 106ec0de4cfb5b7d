// The importer for the operator's command (`children:import`): the same analysis, upload and job as
// the web wizard, acting as the system, and the result as the issue's JSON.
import { systemContext } from '../../platform/auth/context';
import type { Db } from '../../platform/db/pool';
import { scanAfterImports } from './duplicates-import';
import { summarise } from './import-dto';
import { runImportJob } from './import-job';
import * as repo from './import.repo';
import { analyseForUnit, getImportDto, requestRun, uploadImport } from './import.service';
import type { InFileDuplicate, Issue } from './import-types';

export interface CliImportResult {
  rows: number;
  children: number;
  imported: number;
  issues: { row: number; column: string; code: string; severity: string; message: string }[];
  duplicates: { rows: number[]; kind: 'same_id' | 'probable'; score: number }[];
}

const result = (
  counts: { rows: number; children: number },
  imported: number,
  issues: Issue[],
  duplicates: InFileDuplicate[],
): CliImportResult => ({
  rows: counts.rows,
  children: counts.children,
  imported,
  issues: issues.map((i) => ({
    row: i.row,
    column: i.column,
    code: i.code,
    severity: i.severity,
    message: i.message,
  })),
  duplicates: duplicates.map((d) => ({ rows: [...d.rows], kind: d.kind, score: d.score })),
});

export async function importForCli(
  db: Db,
  input: {
    unit: { id: string; provinceId: string };
    asOf: string;
    data: Buffer;
    fileName: string;
    dryRun: boolean;
  },
): Promise<CliImportResult> {
  const ctx = systemContext('cli');
  if (input.dryRun) {
    const { file, register } = await analyseForUnit(db, { ...input, mapping: null, remembered: null });
    const extra = { issues: register.elsewhere, matches: register.matches };
    const { issues } = summarise(file, extra, { id: null, username: 'cli' });
    return result(file, 0, issues, file.duplicates);
  }
  const up = await uploadImport(db, ctx, {
    unitId: input.unit.id,
    asOf: input.asOf,
    data: input.data,
    fileName: input.fileName,
  });
  await requestRun(db, ctx, up.id, []);
  // As in the server: the unit is scanned for duplicates once the import is committed.
  scanAfterImports();
  await runImportJob({ provinceId: input.unit.provinceId, importId: up.id }, db);
  const done = await getImportDto(db, ctx, up.id);
  if (done.status !== 'done') throw new Error(done.error ?? 'import failed');
  const issues = ((await repo.importIssues(db, input.unit.provinceId, up.id)) ?? []) as Issue[];
  return result(done.counts, done.result!.created + done.result!.updated, issues, up.duplicates);
}
