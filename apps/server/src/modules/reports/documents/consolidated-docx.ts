import type { ConsolidatedDto } from '@vte/contracts';
import { renderNd30, type Block } from '../../../platform/documents/nd30';
import {
  aggregatedIndicatorBlocks,
  isNumbered,
  numberLine,
  placeDateLine,
  roman,
  textBlocks,
  vietnamDate,
} from './report-blocks';

const upper = (s: string) => s.toLocaleUpperCase('vi-VN');

type Section = { key: string; title: string; text: string[]; extra: Block[] };

/**
 * The sections in print order: the consolidation's own sections, the indicator table (inside a section
 * keyed "indicators" if the consolidation has one, else its own section before the missing list) and
 * the agencies that did not report (only when the consolidation has no such section already).
 */
function sections(r: ConsolidatedDto): Section[] {
  const out: Section[] = r.sections.map((s) => ({
    key: s.key,
    title: s.title,
    text: s.paragraphs.map((p) => p.text),
    extra: [],
  }));
  if (r.indicators.length) {
    const table = aggregatedIndicatorBlocks(r.indicators);
    const own = out.find((s) => s.key === 'indicators');
    if (own) own.extra.push(...table);
    else {
      const at = out.findIndex((s) => s.key === 'missing');
      out.splice(at < 0 ? out.length : at, 0, {
        key: 'indicators',
        title: 'Số liệu các chỉ tiêu về trẻ em',
        text: [],
        extra: table,
      });
    }
  }
  if (r.missing.length && !out.some((s) => s.key === 'missing')) {
    out.push({
      key: 'missing',
      title: 'Các cơ quan, đơn vị chưa gửi báo cáo',
      text: r.missing.map((m) => `- ${m}.`),
      extra: [],
    });
  }
  return out.filter((s) => s.text.some((t) => t.trim()) || s.extra.length);
}

function body(r: ConsolidatedDto): Block[] {
  return sections(r).flatMap((s, i) => [
    { type: 'heading', text: upper(isNumbered(s.title) ? s.title : `${roman(i + 1)}. ${s.title}`) } as Block,
    ...s.text.filter((t) => t.trim()).flatMap((t) => textBlocks(t, '')),
    ...s.extra,
  ]);
}

/** The consolidated report (Báo cáo) of a unit or a province in the NĐ 30/2020 layout. */
export async function consolidatedDocx(r: ConsolidatedDto): Promise<Buffer> {
  return renderNd30({
    parentBody: r.parentBody,
    issuer: r.issuer,
    numberLine: numberLine(r.number, '/BC-UBND'),
    placeDate: placeDateLine(r.place, r.reportDate, Number(vietnamDate(r.generatedAt).slice(0, 4))),
    kind: 'BÁO CÁO',
    subject: r.subject,
    body: body(r),
    signature: r.signature,
    recipients: r.recipients,
    filing: 'Lưu: VT',
  });
}
