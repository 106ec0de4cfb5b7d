import type { PlanDto, TaskDto } from '@vte/contracts';
import type { AuthedContext } from '../../platform/auth/context';
import type { Db } from '../../platform/db/pool';
import type { Block } from '../../platform/documents/nd30';
import { recordAudit } from '../audit';
import { planDetail } from './plans.service';
import { matrix } from './views.service';

const dmy = (iso: string) => {
  const [y, m, d] = iso.split('-');
  return `${Number(d)}/${Number(m)}/${y}`;
};

/** "A, B và C", as plans write lists of agencies. */
function list(names: string[]): string {
  return names.length <= 1
    ? (names[0] ?? '')
    : `${names.slice(0, -1).join(', ')} và ${names[names.length - 1]}`;
}

function placeDate(p: PlanDto): string {
  const place = p.place ?? '';
  if (p.issuedDate) {
    const [y, m, d] = p.issuedDate.split('-');
    return `${place}, ngày ${Number(d)} tháng ${Number(m)} năm ${y}`;
  }
  if (p.issuedMonth) {
    const [y, m] = p.issuedMonth.split('-');
    return `${place}, ngày      tháng ${Number(m)} năm ${y}`;
  }
  return `${place}, ngày      tháng      năm ${p.year}`;
}

function taskBlocks(t: TaskDto, all: TaskDto[]): Block[] {
  const names = (role: string) => t.assignments.filter((a) => a.role === role).map((a) => a.writtenAs);
  const blocks: Block[] = [{ type: 'item', label: `${t.number}.`, text: t.content }];
  if (names('lead').length) blocks.push({ type: 'item', text: `- Cơ quan chủ trì: ${list(names('lead'))}.` });
  if (names('partner').length)
    blocks.push({ type: 'item', text: `- Cơ quan, đơn vị phối hợp thực hiện: ${list(names('partner'))}.` });
  if (t.timeframeText)
    blocks.push({ type: 'item', text: `- Thời gian thực hiện: ${t.timeframeText}.`.replace(/\.\.$/, '.') });
  if (t.outputs) blocks.push({ type: 'item', text: `- Sản phẩm: ${t.outputs}` });
  for (const s of all.filter((x) => x.parentId === t.id)) blocks.push(...taskBlocks(s, all));
  return blocks;
}

/** The stored plan as a Word document in the Nghị định 30/2020 layout; it parses back to the same tasks. */
export async function planDocx(
  db: Db,
  ctx: AuthedContext,
  id: string,
): Promise<{ filename: string; data: Buffer }> {
  const p = await planDetail(db, ctx, id);
  const issuer = p.issuerName.replace(/^UBND\b/i, 'Ủy ban nhân dân');
  const body: Block[] = [];
  if (p.bases.length)
    body.push({
      type: 'para',
      text: `Thực hiện ${p.bases.join('; ')}, ${issuer} ban hành Kế hoạch ${p.title.charAt(0).toLowerCase()}${p.title.slice(1)}, cụ thể như sau:`,
    });
  body.push({ type: 'heading', text: 'I. MỤC ĐÍCH, YÊU CẦU' });
  if (p.purpose) body.push({ type: 'subheading', text: '1. Mục đích' }, { type: 'para', text: p.purpose });
  if (p.requirements.length)
    body.push(
      { type: 'subheading', text: '2. Yêu cầu' },
      ...p.requirements.map((r) => ({ type: 'para' as const, text: `- ${r}` })),
    );
  body.push({ type: 'heading', text: 'II. NHIỆM VỤ VÀ GIẢI PHÁP TRỌNG TÂM' });
  for (const t of p.tasks.filter((x) => !x.parentId)) body.push(...taskBlocks(t, p.tasks));
  if (p.funding) body.push({ type: 'heading', text: 'III. KINH PHÍ' }, { type: 'para', text: p.funding });
  if (p.organisation.length) {
    body.push({ type: 'heading', text: 'IV. TỔ CHỨC THỰC HIỆN' });
    p.organisation.forEach((o, i) =>
      body.push({
        type: 'para',
        text: o.agency ? `${i + 1}. ${o.agency}: ${o.responsibilities}` : o.responsibilities,
      }),
    );
  }
  if (p.reporting.length) {
    const dues = p.reporting.map((r) => (r.due ? `${r.period} trước ngày ${dmy(r.due)}` : r.period));
    body.push(
      { type: 'heading', text: 'V. CHẾ ĐỘ BÁO CÁO' },
      {
        type: 'para',
        text: `Các cơ quan, đơn vị định kỳ báo cáo kết quả thực hiện Kế hoạch này về ${issuer}: ${dues.join('; ')}.`,
      },
    );
  }
  // Document libraries load on first export, keeping start-up and idle memory small.
  const { renderNd30 } = await import('../../platform/documents/nd30');
  const data = await renderNd30({
    parentBody: null,
    issuer,
    numberLine: `Số: ${p.number?.startsWith('/') ? `      ${p.number}` : (p.number ?? '      /KH-UBND')}`,
    placeDate: placeDate(p),
    kind: 'Kế hoạch',
    subject: p.title,
    body,
    signature: { authority: 'TM. ỦY BAN NHÂN DÂN', title: 'Chủ tịch', name: null },
    recipients: p.recipients,
    filing: 'Lưu: VT',
  });
  await recordAudit(db, ctx, { action: 'export', entity: 'plan', entityId: id, after: { format: 'docx' } });
  return { filename: `ke-hoach-${p.year}.docx`, data };
}

/** The assignment matrix (tasks × agencies) as an Excel sheet. */
export async function matrixXlsx(
  db: Db,
  ctx: AuthedContext,
  id: string,
): Promise<{ filename: string; data: Buffer }> {
  const m = await matrix(db, ctx, id);
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Vì Trẻ Em';
  const ws = wb.addWorksheet('Phân công', {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const font = { name: 'Times New Roman', size: 11 };
  const width = 2 + m.columns.length;
  ws.mergeCells(1, 1, 1, width);
  Object.assign(ws.getCell(1, 1), {
    value: `MA TRẬN PHÂN CÔNG NHIỆM VỤ — ${m.title.toUpperCase()}`,
    font: { ...font, bold: true, size: 13 },
    alignment: { horizontal: 'center', wrapText: true },
  });
  ws.getRow(1).height = 36;
  const header = ws.getRow(3);
  header.values = ['STT', 'Nội dung nhiệm vụ', ...m.columns.map((c) => c.name)];
  header.eachCell((c) =>
    Object.assign(c, {
      font: { ...font, bold: true },
      alignment: { wrapText: true, vertical: 'middle', horizontal: 'center' },
      fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } },
    }),
  );
  header.height = 90;
  m.rows.forEach((r, i) => {
    const row = ws.getRow(4 + i);
    row.values = [
      r.number,
      r.content,
      ...m.columns.map((c) =>
        r.cells[c.id] === 'lead' ? 'Chủ trì' : r.cells[c.id] === 'partner' ? 'Phối hợp' : '',
      ),
    ];
    row.eachCell((c, col) =>
      Object.assign(c, {
        font: { ...font, bold: col > 2 && c.value === 'Chủ trì' },
        alignment: { wrapText: true, vertical: 'top', horizontal: col > 2 ? 'center' : 'left' },
      }),
    );
  });
  ws.getColumn(1).width = 6;
  ws.getColumn(2).width = 60;
  for (let c = 3; c <= width; c++) ws.getColumn(c).width = 14;
  ws.views = [{ state: 'frozen', xSplit: 2, ySplit: 3 }];
  for (let r = 3; r <= 3 + m.rows.length; r++) {
    for (let c = 1; c <= width; c++)
      ws.getCell(r, c).border = {
        top: { style: 'thin' },
        left: { style: 'thin' },
        bottom: { style: 'thin' },
        right: { style: 'thin' },
      };
  }
  await recordAudit(db, ctx, { action: 'export', entity: 'plan', entityId: id, after: { format: 'xlsx' } });
  return { filename: 'ma-tran-phan-cong.xlsx', data: Buffer.from(await wb.xlsx.writeBuffer()) };
}
