import type { PlanDto, TaskDto } from '@vte/contracts';
import type { AuthedContext } from '../../platform/auth/context';
import type { Db } from '../../platform/db/pool';
import type { Block } from '../../platform/documents/nd30';
import { fileNamePart } from '../../platform/documents/xlsx-layout';
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
  return { filename: planFileName('ke-hoach', p.title, id, 'docx'), data };
}

/** The assignment matrix (tasks × agencies) as an Excel sheet, named after its plan. */
export async function matrixXlsx(
  db: Db,
  ctx: AuthedContext,
  id: string,
): Promise<{ filename: string; data: Buffer }> {
  const m = await matrix(db, ctx, id);
  const { matrixWorkbook } = await import('./matrix-xlsx');
  const data = await matrixWorkbook(m);
  await recordAudit(db, ctx, { action: 'export', entity: 'plan', entityId: id, after: { format: 'xlsx' } });
  return { filename: planFileName('ma-tran-phan-cong', m.title, id, 'xlsx'), data };
}

/**
 * Two plans' files never share a name (issue 9 item 16): the kind of file, the plan's title in ASCII
 * (no personal data: a plan's title is public) and the first block of its id.
 */
function planFileName(what: string, title: string, id: string, ext: string): string {
  return `${[what, fileNamePart(title, 50), id.slice(0, 8)].filter(Boolean).join('-')}.${ext}`;
}
