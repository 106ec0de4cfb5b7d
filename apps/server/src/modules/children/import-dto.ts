// What an import keeps besides its file (child_import.summary, .issues) and the DTOs built from it,
// field by field.
import type {
  ChildImportDecision,
  ChildImportDto,
  ChildImportIssueDto,
  ChildImportMatchDto,
  ChildImportResult,
} from '@vte/contracts';
import type { ImportLight } from './import.repo';
import type { AnalysedFile, InFileDuplicate, Issue } from './import-types';

/** Issues returned inline with the import; the rest are paged (GET /:id/issues). */
export const INLINE_ISSUES = 200;
/** Matches kept for the review (a list of 100,000 known children re-imported needs no review of each). */
export const KEPT_MATCHES = 5_000;

export interface StoredSummary {
  columns: { index: number; header: string }[];
  counts: ChildImportDto['counts'];
  duplicates: InFileDuplicate[];
  matches: ChildImportMatchDto[];
  issueCounts: ChildImportDto['issueCounts'];
  issuesTotal: number;
  firstIssues: Issue[];
  by: { id: string | null; username: string };
  result?: ChildImportResult;
}

const byRow = (a: Issue, b: Issue) => a.row - b.row;

/** The stored preview of an analysis, with the register's matches and row errors merged in. */
export function summarise(
  file: AnalysedFile,
  extra: { issues: Issue[]; matches: ChildImportMatchDto[] },
  by: StoredSummary['by'],
): { summary: StoredSummary; issues: Issue[] } {
  const issues = [...file.issues, ...extra.issues].sort(byRow);
  const errorRows = new Set(issues.filter((i) => i.severity === 'error').map((i) => i.row));
  const warningRows = new Set(
    issues.filter((i) => i.severity === 'warning' && !errorRows.has(i.row)).map((i) => i.row),
  );
  const counts = new Map<string, ChildImportDto['issueCounts'][number]>();
  for (const i of issues) {
    const k = `${i.code} ${i.severity}`;
    const c = counts.get(k) ?? { code: i.code, severity: i.severity, count: 0 };
    c.count++;
    counts.set(k, c);
  }
  const summary: StoredSummary = {
    columns: file.columns,
    counts: {
      rows: file.rows,
      children: file.children,
      valid: file.drafts.filter((d) => !errorRows.has(d.row)).length,
      errorRows: file.drafts.filter((d) => errorRows.has(d.row)).length,
      warningRows: warningRows.size,
      skipped: file.skipped,
      duplicates: file.duplicates.length,
      matches: extra.matches.length,
    },
    duplicates: file.duplicates,
    matches: extra.matches.slice(0, KEPT_MATCHES),
    issueCounts: [...counts.values()],
    issuesTotal: issues.length,
    firstIssues: issues.slice(0, INLINE_ISSUES),
    by,
  };
  return { summary, issues };
}

const emptyCounts: ChildImportDto['counts'] = {
  rows: 0,
  children: 0,
  valid: 0,
  errorRows: 0,
  warningRows: 0,
  skipped: 0,
  duplicates: 0,
  matches: 0,
};

const issueDto = (i: Issue): ChildImportIssueDto => ({
  row: i.row,
  column: i.column,
  code: i.code,
  severity: i.severity,
  message: i.message,
});

export function importDto(r: ImportLight): ChildImportDto {
  const s = (r.summary ?? null) as StoredSummary | null;
  const decisions = (r.decisions ?? []) as ChildImportDecision[];
  return {
    id: r.id,
    unitId: r.unitId,
    unitName: r.unitName,
    asOf: r.asOf,
    fileName: r.fileName,
    status: r.status as ChildImportDto['status'],
    progress: r.progress,
    createdAt: r.createdAt.toISOString(),
    finishedAt: r.finishedAt?.toISOString() ?? null,
    columns: (s?.columns ?? []).map((c) => ({ index: c.index, header: c.header })),
    mapping: { ...((r.mapping ?? {}) as Record<string, string>) },
    counts: s ? { ...emptyCounts, ...s.counts } : emptyCounts,
    issues: (s?.firstIssues ?? []).map(issueDto),
    issuesTotal: s?.issuesTotal ?? 0,
    issueCounts: (s?.issueCounts ?? []).map((c) => ({ code: c.code, severity: c.severity, count: c.count })),
    duplicates: (s?.duplicates ?? []).map((d) => ({ rows: [...d.rows], kind: d.kind, score: d.score })),
    matches: s?.matches ?? [],
    decisions: decisions.map((d) => ({
      row: d.row,
      action: d.action,
      ...(d.childId ? { childId: d.childId } : {}),
    })),
    result: s?.result ?? null,
    hasRejects: r.hasRejects,
    error: r.error,
  };
}

export function summaryDto(r: ImportLight) {
  const d = importDto(r);
  return {
    id: d.id,
    unitId: d.unitId,
    unitName: d.unitName,
    asOf: d.asOf,
    fileName: d.fileName,
    status: d.status,
    progress: d.progress,
    createdAt: d.createdAt,
    finishedAt: d.finishedAt,
    result: d.result,
  };
}

export function issuesPage(
  all: Issue[],
  q: { code?: string; severity?: string; page: number; pageSize: number },
) {
  const hit = all.filter((i) => (!q.code || i.code === q.code) && (!q.severity || i.severity === q.severity));
  return {
    items: hit.slice((q.page - 1) * q.pageSize, q.page * q.pageSize).map(issueDto),
    total: hit.length,
    page: q.page,
    pageSize: q.pageSize,
  };
}
