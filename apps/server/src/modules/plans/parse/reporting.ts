// Reporting deadlines: "định kỳ trước ngày 10/5/2025 và trước ngày 10/11/2025 báo cáo … 6 tháng đầu
// năm và cả năm" pairs dates with periods in order; "báo cáo quý trước ngày 20 của tháng cuối quý"
// becomes a recurring rule with its concrete dates in the plan year.
import type { Block } from './normalize';
import type { DueRule, ReportingEntry, ReportingRule } from './types';
import { fold, isoDate } from './text-util';
import { parseWarnings } from './messages';

const DUE_RE =
  /(trước|chậm nhất(?:\s+là)?|không quá|hạn chót|vào|trong)\s+(?:ngày\s+)?(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?(?![\d/])/gu;
const PERIOD_RE =
  /(?:6|sáu) tháng đầu năm|(?:6|sáu) tháng cuối năm|(?:9|chín) tháng(?: đầu năm)?|cả năm|hằng năm|hàng năm|quý\s+(?:i{1,3}|iv|[1-4])(?![\p{L}\d])|hằng quý|hàng quý|hằng tháng|hàng tháng|sơ kết|tổng kết|đột xuất|(?<=báo cáo\s)(?:năm|quý|tháng)(?![\p{L}])/gu;
const RULE_RE =
  /(trước|chậm nhất(?:\s+là)?)\s+ngày\s+(\d{1,2})(?!\s*[/.-]\s*\d)\s+(?:của\s+)?(tháng cuối (?:của\s+)?quý|tháng cuối kỳ|tháng đầu (?:của\s+)?quý (?:sau|tiếp theo)|tháng sau|tháng tiếp theo|hằng tháng|hàng tháng)/u;

function dueRuleOf(word: string): DueRule {
  if (word.startsWith('trước')) return 'before';
  if (word === 'vào') return 'on';
  return 'by';
}

function sentences(text: string): string[] {
  return text.split(/(?<=[.;!?])\s+(?=\p{Lu})/u);
}

function ruleEntry(sentence: string, f: string, year: number | null): Omit<ReportingEntry, 'source'> | null {
  const m = RULE_RE.exec(f);
  if (!m) return null;
  const day = Number(m[2]);
  const anchorText = m[3]!;
  const quarterly = /quý/u.test(anchorText) || (/quý/u.test(f) && !/hằng tháng|hàng tháng/u.test(anchorText));
  const anchor: ReportingRule['anchor'] = /cuối/u.test(anchorText)
    ? 'last-month-of-quarter'
    : /sau|tiếp theo|đầu/u.test(anchorText)
      ? 'next-month'
      : 'same-month';
  const frequency: ReportingRule['frequency'] = quarterly ? 'quarterly' : 'monthly';
  const occurrences: string[] = [];
  if (year) {
    const months = frequency === 'quarterly' ? [3, 6, 9, 12] : [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
    for (const mo of months) {
      const shifted = anchor === 'next-month' ? mo + 1 : mo;
      const y = shifted > 12 ? year + 1 : year;
      const d = isoDate(y, shifted > 12 ? shifted - 12 : shifted, day);
      if (d) occurrences.push(d);
    }
  }
  const pm = /(?:hằng|hàng)\s+(?:quý|tháng)/u.exec(f);
  const period = pm ? sentence.slice(pm.index, pm.index + pm[0].length) : quarterly ? 'quý' : 'tháng';
  return { period, due: null, dueRule: 'rule', rule: { frequency, day, anchor, occurrences } };
}

/** Deadlines in the blocks of the reporting section (or in any text mentioning "báo cáo"). */
export function parseReporting(
  blocks: Block[],
  year: number | null,
  warnings: string[],
  onlyReportSentences = false,
): ReportingEntry[] {
  const out: ReportingEntry[] = [];
  for (const b of blocks) {
    for (const sentence of sentences(b.text)) {
      const f = fold(sentence);
      if (onlyReportSentences && !f.includes('báo cáo')) continue;
      const source = { lines: [b.first, b.last] as [number, number], text: sentence };
      const rule = ruleEntry(sentence, f, year);
      if (rule) {
        out.push({ ...rule, source });
        continue;
      }
      const dues = [...f.matchAll(DUE_RE)].filter((m) => m[1] !== 'trong' || /ngày/u.test(m[0]));
      if (dues.length === 0) {
        if (!onlyReportSentences && /định kỳ|báo cáo/u.test(f) && /ngày\s+\d/u.test(f)) {
          warnings.push(parseWarnings.reportingUnclear(sentence));
        }
        continue;
      }
      const periods = [...f.matchAll(PERIOD_RE)].map((m) => sentence.slice(m.index, m.index + m[0].length));
      if (periods.length !== dues.length && periods.length > 0) {
        warnings.push(parseWarnings.reportingCountMismatch(sentence));
      }
      dues.forEach((m, i) => {
        const y = m[4] ? Number(m[4]) : year;
        const due = y ? isoDate(y, Number(m[3]), Number(m[2])) : null;
        if (!due) {
          warnings.push(parseWarnings.reportingDateInvalid(m[0]));
          return;
        }
        // Dates and periods pair in order; one date with several periods takes them all.
        let period =
          periods.length === dues.length ? periods[i]! : (periods[i] ?? periods[periods.length - 1] ?? '');
        if (periods.length > dues.length && dues.length === 1) period = periods.join(', ');
        if (!period) warnings.push(parseWarnings.reportingPeriodUnclear(m[0]));
        out.push({ period, due, dueRule: dueRuleOf(m[1]!), source });
      });
    }
  }
  return out;
}
