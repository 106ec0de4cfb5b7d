import { and, eq, sql } from 'drizzle-orm';
import type { Exec } from '../../platform/db/pool';
import { reportPdf } from './report-pdf.tables';

export type PdfEntity = 'agency_report' | 'consolidated_report';

/** A report in a frozen state (submitted or accepted), and the key of that state. */
// A type, not an interface: the raw query's row type must be indexable.
export type Frozen = {
  entity: PdfEntity;
  reportId: string;
  provinceId: string;
  frozenKey: string;
};

/** Background conversions give up after this many failures; downloads still convert on demand. */
export const MAX_ATTEMPTS = 3;

// The frozen key is computed here only, in SQL, so the job and the download always agree on it:
// an agency report's submission number, a consolidated report's submission time (ms).
const FROZEN = sql`
  select 'agency_report' as entity, id as "reportId", province_id as "provinceId",
         'v' || version as "frozenKey"
  from agency_report where status in ('submitted', 'accepted')
  union all
  select 'consolidated_report', id, province_id,
         's' || floor(extract(epoch from submitted_at) * 1000)::bigint
  from consolidated_report where status in ('submitted', 'accepted') and submitted_at is not null`;

/** The report's frozen state, or null while it can still change (draft, returned). */
export async function frozenState(exec: Exec, entity: PdfEntity, id: string): Promise<Frozen | null> {
  const r = await exec.execute<Frozen>(
    sql`select * from (${FROZEN}) f where f.entity = ${entity} and f."reportId" = ${id}`,
  );
  return r.rows[0] ?? null;
}

/** Frozen reports with no stored PDF that the background job should still try, oldest first. */
export async function missingPdfs(exec: Exec, limit: number): Promise<Frozen[]> {
  const r = await exec.execute<Frozen>(sql`
    select f.* from (${FROZEN}) f
    where not exists (
      select 1 from report_pdf p
      where p.province_id = f."provinceId" and p.report_id = f."reportId" and p.frozen_key = f."frozenKey"
        and (p.status = 'done' or p.attempts >= ${MAX_ATTEMPTS}))
    limit ${limit}`);
  return r.rows;
}

export async function storedPdf(exec: Exec, f: Frozen) {
  const r = await exec
    .select({ status: reportPdf.status, content: reportPdf.content, attempts: reportPdf.attempts })
    .from(reportPdf)
    .where(
      and(
        eq(reportPdf.provinceId, f.provinceId),
        eq(reportPdf.reportId, f.reportId),
        eq(reportPdf.frozenKey, f.frozenKey),
      ),
    );
  return r[0] ?? null;
}

/** Keeps a converted file; a second conversion of the same state changes nothing. */
export async function saveDone(exec: Exec, f: Frozen, content: Buffer): Promise<void> {
  await exec
    .insert(reportPdf)
    .values({ ...f, status: 'done', content, size: content.length, error: null })
    .onConflictDoUpdate({
      target: [reportPdf.provinceId, reportPdf.reportId, reportPdf.frozenKey],
      set: { status: 'done', content, size: content.length, error: null },
      setWhere: sql`${reportPdf.status} <> 'done'`,
    });
}

/** Counts a failed background conversion (the error summary carries no report content). */
export async function saveFailed(exec: Exec, f: Frozen, error: string): Promise<void> {
  await exec
    .insert(reportPdf)
    .values({ ...f, status: 'failed', error: error.slice(0, 1000) })
    .onConflictDoUpdate({
      target: [reportPdf.provinceId, reportPdf.reportId, reportPdf.frozenKey],
      set: { attempts: sql`${reportPdf.attempts} + 1`, error: error.slice(0, 1000) },
      setWhere: sql`${reportPdf.status} <> 'done'`,
    });
}
