// Field labels inside a task ("Cơ quan chủ trì:", "Phối hợp:", "Thời gian: …", "Sản phẩm: …")
// and the inline wording "X chủ trì, phối hợp với Y và Z thực hiện".
import { startsWithAgencyHead } from './agency-heads';
import { fold } from './text-util';

export type LabelKind = 'lead' | 'partners' | 'timeframe' | 'outputs' | 'funding';

export interface LabelHit {
  kind: LabelKind;
  label: string;
  value: string;
}

// Words a label may start with; anything else before a colon is ordinary prose.
const LABEL_START =
  '(?:cơ quan|đơn vị|chủ trì|phối hợp|thời gian|thời hạn|tiến độ|hoàn thành|sản phẩm|kết quả|kinh phí|nguồn kinh phí|trách nhiệm|thực hiện|bộ phận|phụ trách|người thực hiện)';
const LABEL_RE = new RegExp(`^(${LABEL_START}[^:：]{0,50}?)\\s*[:：]\\s*(.*)$`, 'isu');
// Where a second label starts on the same line: "Chủ trì: X; phối hợp: Y. Thời gian: Z".
const LABEL_SPLIT_RE = new RegExp(`(?:[;.,]\\s+|\\s[-–]\\s)(?=${LABEL_START}[^:：;.]{0,45}[:：])`, 'giu');

export function classifyLabel(label: string): LabelKind | null {
  const l = fold(label);
  if (l.split(/\s+/).length > 9) return null;
  if (l.includes('phối hợp')) return 'partners';
  if (
    /chủ trì|phụ trách|trách nhiệm|^(?:cơ quan|đơn vị|người)(?:\s*,\s*(?:cơ quan|đơn vị))?\s+thực hiện$|^thực hiện$|^bộ phận/u.test(
      l,
    )
  ) {
    return 'lead';
  }
  if (/^(?:thời gian|thời hạn|tiến độ|hoàn thành)/u.test(l)) return 'timeframe';
  if (/^(?:sản phẩm|kết quả)/u.test(l)) return 'outputs';
  if (/kinh phí/u.test(l)) return 'funding';
  return null;
}

/** A label at the start of the text, e.g. "Cơ quan, đơn vị phối hợp thực hiện: …". */
export function detectLabel(text: string): LabelHit | null {
  const m = LABEL_RE.exec(text);
  if (!m) return null;
  const kind = classifyLabel(m[1]!);
  return kind ? { kind, label: m[1]!.trim(), value: m[2]!.trim() } : null;
}

/** All labels of a line that may hold several ("Chủ trì: X; phối hợp: Y"). */
export function detectLabels(text: string): LabelHit[] {
  const first = detectLabel(text);
  if (!first) return [];
  // Only look for further labels after the first colon, so "Cơ quan, đơn vị phối hợp:" stays one label.
  const parts = first.value.split(LABEL_SPLIT_RE);
  first.value = parts[0]!.trim();
  const hits: LabelHit[] = [first];
  for (const part of parts.slice(1)) {
    const hit = detectLabel(part.trim());
    if (hit) hits.push(hit);
    else hits[hits.length - 1]!.value += ` ${part.trim()}`;
  }
  return hits;
}

/** "Hoàn thành trước ngày 30/6/2025." or "Quý II/2025." written without a label. */
export function looksLikeBareTimeframe(text: string): boolean {
  return (
    /^(?:hoàn thành|thực hiện)?\s*(?:trước|chậm nhất)\s+(?:ngày\s+)?\d/iu.test(text) ||
    /^(?:hoàn thành|thực hiện)\s+(?:trong|từ)\s+(?:ngày|tháng|quý|năm)\s*[\divx]/iu.test(text) ||
    /^(?:thường xuyên(?: trong năm)?|cả năm|quý\s+[ivx]+(?:\s*(?:,|và)\s*[ivx]+)*(?:\s*(?:\/|năm)\s*\d{4})?|tháng\s+\d{1,2}(?:\s*(?:\/|năm)\s*\d{4})?)\.?$/iu.test(
      text,
    )
  );
}

export interface InlineAssignment {
  lead: string;
  partners: string | null;
  text: string;
}

const LEAD_PREFIX_RE = /^(?:[-–+•]\s*)?(?:giao cho|giao|đề nghị|yêu cầu|do|để)\s+/iu;
// Words that end a partner list: the verb phrase after the agencies.
const PARTNER_END_RE =
  /\s(?<!các\s)(?:thực hiện|triển khai|tổ chức|tham mưu|xây dựng|kiểm tra|hướng dẫn|để|nhằm|trong|theo|tiến hành|rà soát|báo cáo)(?=\s|$|[,.;])/iu;

/** Finds "X chủ trì[, phối hợp với Y]" inside a paragraph; X must look like an agency. */
export function findInlineAssignment(text: string): InlineAssignment | null {
  const f = fold(text);
  let from = 0;
  for (;;) {
    const at = f.indexOf('chủ trì', from);
    if (at < 0) return null;
    from = at + 7;
    // The lead runs back to the start of its clause.
    // Searched in a bounded window, so that a long line with many "chủ trì" stays linear.
    // Not " - ": names such as "Trung tâm Y tế quân - dân y" contain it.
    const floor = Math.max(0, at - 200);
    const window = f.slice(floor, at);
    let start = floor;
    for (const sep of ['. ', '; ', ': ', '(', '\n']) {
      const i = window.lastIndexOf(sep);
      if (i >= 0 && floor + i + sep.length > start) start = floor + i + sep.length;
    }
    const leadRaw = text
      .slice(start, at)
      .trim()
      .replace(LEAD_PREFIX_RE, '')
      .replace(/[,\s]+(?:là cơ quan|làm)$/u, '');
    if (!leadRaw || leadRaw.length > 160 || !startsWithAgencyHead(leadRaw)) continue;
    // After "chủ trì": optional ", phối hợp với|cùng" and the partner list.
    const tail = text.slice(at + 7);
    const pm = /^(?:\s+thực hiện)?\s*,?\s*(?:và\s+)?(?:phối hợp\s+(?:với|cùng)|cùng với|cùng)\s+/iu.exec(
      tail,
    );
    let partners: string | null = null;
    let endAt = at + 7;
    if (pm) {
      const rest = tail.slice(pm[0].length);
      const stop = /[.;)\n]|$/u.exec(rest)!;
      let list = rest.slice(0, stop.index);
      const verb = PARTNER_END_RE.exec(list);
      if (verb) list = list.slice(0, verb.index);
      partners = list.trim() || null;
      endAt = at + 7 + pm[0].length + stop.index;
    }
    return { lead: leadRaw, partners, text: text.slice(start, endAt).trim() };
  }
}
