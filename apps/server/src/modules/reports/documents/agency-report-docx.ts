import type { AgencyReportDto, ReportTaskDto } from '@vte/contracts';
import { renderNd30, type Block } from '../../../platform/documents/nd30';
import {
  entryIndicatorBlocks,
  figureTable,
  numberLine,
  placeDateLine,
  textBlocks,
  vietnamDate,
} from './report-blocks';

export interface AgencyReportIssuer {
  /** The body above the agency ("UBND HUYỆN LÝ SƠN"), if any. */
  parentBody: string | null;
  place: string | null;
  /** Nơi nhận, e.g. "UBND huyện (qua Phòng Nội vụ)"; "Lưu: VT" is added. */
  recipients: string[];
  /** The agency's document symbol after "BC-" ("CAH" → "Số:      /BC-CAH"); blank for the clerk when unknown. */
  symbol?: string | null;
}

const MAX_TASK_TITLE = 160;

/** Plan tasks run to several sentences; a heading keeps the first words, cut at a word boundary. */
export function shortTaskContent(content: string): string {
  const flat = content.replace(/\s+/g, ' ').trim();
  if (flat.length <= MAX_TASK_TITLE) return flat.replace(/[.;:,]$/, '');
  const cut = flat.slice(0, MAX_TASK_TITLE);
  const space = cut.lastIndexOf(' ');
  return `${(space > MAX_TASK_TITLE / 2 ? cut.slice(0, space) : cut).replace(/[.;:,]$/, '')}…`;
}

/** "Các Hội, đoàn thể huyện" inside a sentence; an acronym ("UBND các xã") keeps its capitals. */
const sentenceCase = (s: string) =>
  /^\p{Lu}\p{Ll}/u.test(s) ? s.charAt(0).toLocaleLowerCase('vi-VN') + s.slice(1) : s;

function taskBlocks(t: ReportTaskDto): Block[] {
  const role = t.role === 'lead' ? 'Chủ trì' : 'Phối hợp';
  const blocks: Block[] = [
    {
      type: 'subheading',
      text: `Nhiệm vụ ${t.number}: ${shortTaskContent(t.content)} (${t.via ? `${role}, thuộc ${sentenceCase(t.via)}` : role})`,
    },
    ...textBlocks(t.narrative, 'Chưa có nội dung báo cáo.'),
  ];
  if (t.figures.length) blocks.push(figureTable(t.figures));
  if (t.attachments.length)
    blocks.push({
      type: 'para',
      italic: true,
      text: `Tài liệu kèm theo: ${t.attachments.map((a) => a.filename).join('; ')}.`,
    });
  return blocks;
}

function body(r: AgencyReportDto): Block[] {
  return [
    { type: 'heading', text: 'I. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ' },
    ...(r.tasks.length
      ? r.tasks.flatMap(taskBlocks)
      : textBlocks(null, 'Cơ quan không được giao nhiệm vụ trong kỳ báo cáo.')),
    { type: 'heading', text: 'II. SỐ LIỆU CHỈ TIÊU' },
    ...(r.indicators.length
      ? entryIndicatorBlocks(r.indicators)
      : textBlocks(null, 'Cơ quan không được giao chỉ tiêu báo cáo trong kỳ.')),
    { type: 'heading', text: 'III. KHÓ KHĂN, VƯỚNG MẮC' },
    ...textBlocks(r.difficulties, 'Không có.'),
    { type: 'heading', text: 'IV. KIẾN NGHỊ, ĐỀ XUẤT' },
    ...textBlocks(r.proposals, 'Không có.'),
  ];
}

/** One agency's periodic report in the NĐ 30/2020 layout, signed by the head of the agency. */
export async function agencyReportDocx(r: AgencyReportDto, issuer: AgencyReportIssuer): Promise<Buffer> {
  // A submitted report carries the date it was (last) sent; a draft leaves the date to the signer.
  const sent = r.lastSubmittedAt ? vietnamDate(r.lastSubmittedAt) : null;
  return renderNd30({
    parentBody: issuer.parentBody,
    issuer: r.agencyName,
    numberLine: numberLine(null, `/BC-${issuer.symbol?.trim() || '……'}`),
    placeDate: placeDateLine(issuer.place, sent, Number(vietnamDate(r.updatedAt).slice(0, 4))),
    kind: 'BÁO CÁO',
    subject: `Kết quả thực hiện công tác trẻ em ${r.period.label}`,
    body: body(r),
    signature: { authority: null, title: 'Thủ trưởng cơ quan', name: null },
    recipients: issuer.recipients,
    filing: 'Lưu: VT',
  });
}
