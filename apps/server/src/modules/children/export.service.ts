import ExcelJS from 'exceljs';
import {
  CHILD_EXPORT_MAX_ROWS,
  childExportFieldLabels,
  type ChildExportField,
  type childExportInput,
  type z,
} from '@vte/contracts';
import type { AuthedContext } from '../../platform/auth/context';
import type { Db } from '../../platform/db/pool';
import { viDate } from '../../platform/dates';
import { AppError } from '../../platform/http/app-error';
import { recordAudit } from '../audit';
import { getUnit } from '../org';
import { codeLists } from './codes.service';
import { listPage, type ListRow } from './list.repo';
import { resolveFilters } from './list.service';

// The register as an .xlsx (spec §5.2.6): a stated reason, the columns asked for (ethnicity only when
// asked), a heading that says who exported it, when and why, and an audit row with the reason and count.

export const PERSONAL_DATA_NOTICE = 'Tài liệu chứa dữ liệu cá nhân của trẻ em';
const FONT = { name: 'Times New Roman', size: 12 };
const WIDTHS: Record<ChildExportField, number> = {
  fullName: 26,
  dob: 12,
  sex: 8,
  ethnicity: 12,
  personalId: 16,
  idVerification: 22,
  unit: 18,
  hamlet: 16,
  address: 28,
  guardians: 34,
  groups: 30,
  risks: 30,
};

type Labels = (list: string, code: string | null) => string;

async function labeller(db: Db): Promise<Labels> {
  const lists = await codeLists(db);
  const maps = new Map(
    Object.entries(lists).map(([k, items]) => [k, new Map(items.map((i) => [i.code, i.label]))]),
  );
  return (list, code) => (code === null ? '' : (maps.get(list)?.get(code) ?? code));
}

function dobText(r: ListRow): string {
  if (!r.dob) return '';
  if (r.dobPrecision === 'year') return r.dob.slice(0, 4);
  if (r.dobPrecision === 'month') return `${r.dob.slice(5, 7)}/${r.dob.slice(0, 4)}`;
  return viDate(r.dob) + (r.dobPrecision === 'estimated' ? ' (ước tính)' : '');
}

function cellOf(f: ChildExportField, r: ListRow, label: Labels): string {
  switch (f) {
    case 'fullName':
      return r.fullName;
    case 'dob':
      return dobText(r);
    case 'sex':
      return r.sex === 'M' ? 'Nam' : r.sex === 'F' ? 'Nữ' : '';
    case 'ethnicity':
      return label('ethnicity', r.ethnicityCode);
    case 'personalId':
      return r.personalId ?? '';
    case 'idVerification':
      return label('id_verification', r.idVerification);
    case 'unit':
      return r.unitName ?? '';
    case 'hamlet':
      return r.hamlet ?? '';
    case 'address':
      return r.address ?? '';
    case 'guardians':
      return (r.guardians ?? []).map((g) => `${label('relation', g.relation)}: ${g.fullName}`).join('; ');
    case 'groups':
      return (r.groups ?? []).map((g) => label('circumstance_group', g)).join('; ');
    case 'risks':
      return (r.risks ?? []).map((g) => label('risk', g)).join('; ');
  }
}

const vnTime = (d: Date) =>
  new Intl.DateTimeFormat('vi-VN', {
    timeZone: 'Asia/Ho_Chi_Minh',
    hour: '2-digit',
    minute: '2-digit',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(d);

interface Heading {
  who: string;
  at: Date;
  reason: string;
  unitName: string;
  asOf: string;
  rows: number;
}

function writeHeading(ws: ExcelJS.Worksheet, h: Heading, columns: number): number {
  const lines: [string, Partial<ExcelJS.Font>][] = [
    ['DANH SÁCH TRẺ EM', { ...FONT, size: 14, bold: true }],
    [
      `${PERSONAL_DATA_NOTICE}. Chỉ dùng cho mục đích đã nêu; không sao chép, chia sẻ.`,
      { ...FONT, bold: true, color: { argb: 'FFC00000' } },
    ],
    [`Đơn vị: ${h.unitName}. Tuổi tính đến ngày ${viDate(h.asOf)}. Số trẻ: ${h.rows}.`, FONT],
    [`Người xuất: ${h.who}. Thời điểm xuất: ${vnTime(h.at)} (giờ Việt Nam).`, FONT],
    [`Lý do xuất: ${h.reason}`, { ...FONT, italic: true }],
  ];
  lines.forEach(([value, font], i) => {
    ws.mergeCells(i + 1, 1, i + 1, columns);
    Object.assign(ws.getCell(i + 1, 1), { value, font, alignment: { wrapText: true, vertical: 'middle' } });
  });
  return lines.length + 2;
}

export interface ChildExportFile {
  filename: string;
  data: Buffer;
  rows: number;
}

/** POST /api/children/export: the filtered register as a workbook; audited before it leaves. */
export async function exportChildren(
  db: Db,
  ctx: AuthedContext,
  input: z.output<typeof childExportInput>,
): Promise<ChildExportFile> {
  const { reason, fields: asked, ...filters } = input;
  const fields = [...new Set(asked)];
  const f = await resolveFilters(db, ctx, filters);
  const rows = await listPage(db, { filters: f, limit: CHILD_EXPORT_MAX_ROWS + 1, detail: true });
  if (rows.length > CHILD_EXPORT_MAX_ROWS) throw new AppError('CHILD_EXPORT_TOO_LARGE');
  const label = await labeller(db);
  const unit = filters.unitId ? await getUnit(db, filters.unitId) : undefined;
  const at = new Date();

  const wb = new ExcelJS.Workbook();
  wb.creator = 'Vì Trẻ Em';
  const ws = wb.addWorksheet('Danh sách trẻ em', {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const columns = ['STT', ...fields.map((k) => childExportFieldLabels[k])];
  const headerRow = writeHeading(
    ws,
    {
      who: `${ctx.user.fullName} (${ctx.user.username})`,
      at,
      reason,
      unitName: unit?.name ?? 'Toàn địa bàn được giao',
      asOf: f.asOf,
      rows: rows.length,
    },
    columns.length,
  );
  ws.getColumn(1).width = 6;
  fields.forEach((k, i) => (ws.getColumn(i + 2).width = WIDTHS[k]));
  const head = ws.getRow(headerRow);
  head.values = columns;
  head.font = { ...FONT, bold: true };
  rows.forEach((r, n) => {
    const row = ws.getRow(headerRow + 1 + n);
    row.values = [n + 1, ...fields.map((k) => cellOf(k, r, label))];
    row.font = FONT;
  });
  ws.views = [{ state: 'frozen', ySplit: headerRow }];
  const data = Buffer.from(await wb.xlsx.writeBuffer());

  await recordAudit(db, ctx, {
    action: 'export',
    entity: 'child',
    unitId: filters.unitId ?? null,
    // The reason and what left; a name or ID typed as the query is not copied into the log.
    after: {
      reason,
      rows: rows.length,
      fields,
      filters: { ...filters, q: filters.q ? (f.q?.kind === 'id' ? 'personal_id' : 'name') : undefined },
    },
  });
  return { filename: `danh-sach-tre-em-${f.asOf}.xlsx`, data, rows: rows.length };
}
