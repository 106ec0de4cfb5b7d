import type { AuthedContext } from '../../platform/auth/context';
import { systemContext } from '../../platform/auth/context';
import type { Db } from '../../platform/db/pool';
import { pdfOf, pdfState, type DocxOf, type PdfEntity, type PdfState } from './report-pdf.service';
import { getAgencyReport } from './agency-report.service';
import { authorUnits, getConsolidated } from './consolidation.service';
import * as repo from './reports.repo';
import { recordAudit } from '../audit';
import { unitFullName } from '../org';

type Format = 'docx' | 'pdf' | 'xlsx';
interface File {
  data: Buffer;
  filename: string;
}

/** A download is a read of the report: audited once the file exists (a refused PDF discloses nothing). */
async function audited(
  db: Db,
  ctx: AuthedContext,
  what: { entity: 'agency_report' | 'consolidated_report'; id: string; periodId: string; format: Format },
  build: () => Promise<File>,
): Promise<File> {
  const file = await build();
  const period = await repo.getPeriod(db, what.periodId);
  await recordAudit(db, ctx, {
    action: 'export',
    entity: what.entity,
    entityId: what.id,
    provinceId: period?.provinceId,
    unitId: period?.unitId,
    after: { format: what.format, size: file.data.length },
  });
  return file;
}

/** File names carry no personal data: the kind of document, the period, the id's first block. */
const fileName = (what: string, label: string, id: string, ext: string) =>
  `${what}-${label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9]+/g, '-')}-${id.slice(0, 8)}.${ext}`;

export async function consolidatedFile(
  db: Db,
  ctx: AuthedContext,
  id: string,
  format: Format,
  soffice: string | null,
): Promise<File> {
  const r = await getConsolidated(db, ctx, id);
  const what = { entity: 'consolidated_report', id: r.id, periodId: r.periodId, format } as const;
  return audited(db, ctx, what, () => consolidatedBuild(db, r, format, soffice));
}

async function consolidatedBuild(
  db: Db,
  r: Awaited<ReturnType<typeof getConsolidated>>,
  format: Format,
  soffice: string | null,
): Promise<File> {
  // docx and exceljs load on first use: start-up stays fast for a server that may never export.
  if (format === 'xlsx') {
    const { indicatorAnnexXlsx } = await import('./documents/indicator-annex-xlsx');
    const data = await indicatorAnnexXlsx({
      title: `Phụ lục: Số liệu chỉ tiêu – ${r.subject}`,
      unitName: r.unitName,
      periodLabel: r.periodLabel,
      indicators: r.indicators,
    });
    return { data, filename: fileName('phu-luc-chi-tieu', r.periodLabel, r.id, 'xlsx') };
  }
  const { consolidatedDocx } = await import('./documents/consolidated-docx');
  if (format === 'pdf') {
    const data = await pdfOf(db, 'consolidated_report', r.id, () => consolidatedDocx(r), soffice);
    return { data, filename: fileName('bao-cao-tong-hop', r.periodLabel, r.id, 'pdf') };
  }
  const docx = await consolidatedDocx(r);
  return { data: docx, filename: fileName('bao-cao-tong-hop', r.periodLabel, r.id, 'docx') };
}

export async function agencyReportFile(
  db: Db,
  ctx: AuthedContext,
  id: string,
  format: Format,
  soffice: string | null,
): Promise<File> {
  const r = await getAgencyReport(db, ctx, id);
  const what = { entity: 'agency_report', id: r.id, periodId: r.periodId, format } as const;
  return audited(db, ctx, what, () => agencyReportBuild(db, r, format, soffice));
}

async function agencyReportBuild(
  db: Db,
  r: Awaited<ReturnType<typeof getAgencyReport>>,
  format: Format,
  soffice: string | null,
): Promise<File> {
  if (format === 'xlsx') {
    const { indicatorAnnexXlsx } = await import('./documents/indicator-annex-xlsx');
    const indicators = r.indicators.map((e) => ({
      indicatorId: e.indicator.id,
      code: e.indicator.code,
      name: e.indicator.name,
      unit: e.indicator.unit,
      aggregation: e.indicator.aggregation,
      cells: e.cells.map((c) => ({ disagg: c.disagg, label: c.label, value: c.value })),
      total: e.cells.find((c) => c.disagg === '')?.value ?? null,
      previous: null,
      target: null,
      missing: e.cells
        .filter((c) => c.disagg === '' && c.value === null)
        .map((c) => ({ name: r.agencyName, comment: c.comment })),
    }));
    const data = await indicatorAnnexXlsx({
      title: `Phụ lục: Số liệu chỉ tiêu – ${r.agencyName}`,
      unitName: r.agencyName,
      periodLabel: r.periodLabel,
      indicators,
    });
    return { data, filename: fileName('phu-luc-chi-tieu-co-quan', r.periodLabel, r.id, 'xlsx') };
  }
  if (format === 'pdf') {
    const data = await pdfOf(db, 'agency_report', r.id, () => agencyDocx(db, r), soffice);
    return { data, filename: fileName('bao-cao', r.periodLabel, r.id, 'pdf') };
  }
  return { data: await agencyDocx(db, r), filename: fileName('bao-cao', r.periodLabel, r.id, 'docx') };
}

async function agencyDocx(db: Db, r: Awaited<ReturnType<typeof getAgencyReport>>): Promise<Buffer> {
  const period = (await repo.getPeriod(db, r.periodId))!;
  const { unit } = await authorUnits(db, period);
  const { agencyReportDocx } = await import('./documents/agency-report-docx');
  return agencyReportDocx(r, {
    parentBody: `UBND ${unitFullName(unit)}`.toUpperCase(),
    place: unit.name,
    recipients: [
      `UBND ${unitFullName(unit).replace(/^(Huyện|Đặc khu|Xã|Phường)/, (m) => m.toLowerCase())} (qua cơ quan đầu mối công tác trẻ em)`,
    ],
  });
}

/** The Word document of a report for the background PDF job: no user, so no audit (nothing leaves). */
export const reportDocx: DocxOf = async (db, entity, id) => {
  const ctx = systemContext('reports.pdf');
  if (entity === 'agency_report') return agencyDocx(db, await getAgencyReport(db, ctx, id));
  const { consolidatedDocx } = await import('./documents/consolidated-docx');
  return consolidatedDocx(await getConsolidated(db, ctx, id));
};

/** Where a report's PDF stands (its reader only: the same checks as opening the report). */
export async function pdfStatus(
  db: Db,
  ctx: AuthedContext,
  entity: PdfEntity,
  id: string,
  soffice: string | null,
): Promise<{ state: PdfState }> {
  if (entity === 'agency_report') await getAgencyReport(db, ctx, id);
  else await getConsolidated(db, ctx, id);
  return { state: await pdfState(db, entity, id, soffice) };
}
